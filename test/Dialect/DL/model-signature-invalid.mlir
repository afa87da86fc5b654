// RUN: dl-opt %s --split-input-file --verify-diagnostics
// One case per rule of the model convention (docs/model-convention.md),
// each reported on the function. Only func.func carries argument and result
// attributes among the ops dl-opt knows, so the "only allowed on function
// arguments and results" check of the dialect cannot be reached here.

// A misspelled dl attribute on an argument is an error, not ignored.
// expected-error @+1 {{'func.func' op unknown attribute 'dl.parm' on argument 0; expected 'dl.param' or 'dl.input' or 'dl.output'}}
func.func @unknown_argument_attribute(%x: tensor<2xf32> {dl.parm = "x"}) {
  return
}

// -----

// A result may only be named with dl.output.
// expected-error @+1 {{'func.func' op unknown attribute 'dl.param' on result 0; expected 'dl.output'}}
func.func @unknown_result_attribute() -> (tensor<2xf32> {dl.param = "y"}) {
  %0 = dl.constant dense<1.0> : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// A misspelling on an argument after the first named one is reported as such.
// expected-error @+1 {{'func.func' op unknown attribute 'dl.parm' on argument 1; expected 'dl.param' or 'dl.input' or 'dl.output'}}
func.func @unknown_attribute_on_later_argument(%x: tensor<2xf32> {dl.input = "x"},
                                               %w: tensor<2xf32> {dl.parm = "w"}) {
  return
}

// -----

// A misspelled result name in a model is reported as such, not as missing.
// expected-error @+1 {{'func.func' op unknown attribute 'dl.outptu' on result 0; expected 'dl.output'}}
func.func @unknown_result_attribute_in_model(%x: tensor<2xf32> {dl.input = "x"})
    -> (tensor<2xf32> {dl.outptu = "y"}) {
  return %x : tensor<2xf32>
}

// -----

// A name is a string.
// expected-error @+1 {{'func.func' op 'dl.param' on argument 0 must be a string, got 3 : i64}}
func.func @non_string_argument_name(%x: tensor<2xf32> {dl.param = 3}) {
  return
}

// -----

// A result name is a string too.
// expected-error @+1 {{'func.func' op 'dl.output' on result 0 must be a string, got ["y"]}}
func.func @non_string_result_name(%x: tensor<2xf32> {dl.input = "x"})
    -> (tensor<2xf32> {dl.output = ["y"]}) {
  return %x : tensor<2xf32>
}

// -----

// A non-string name after the first named argument is reported as such.
// expected-error @+1 {{'func.func' op 'dl.input' on argument 1 must be a string, got 5 : i64}}
func.func @non_string_name_on_later_argument(%w: tensor<2xf32> {dl.param = "w"},
                                             %x: tensor<2xf32> {dl.input = 5}) {
  return
}

// -----

// A name is not empty.
// expected-error @+1 {{'func.func' op 'dl.input' on argument 0 is empty}}
func.func @empty_argument_name(%x: tensor<2xf32> {dl.input = ""}) {
  return
}

// -----

// A result name is not empty either.
// expected-error @+1 {{'func.func' op 'dl.output' on result 0 is empty}}
func.func @empty_result_name(%x: tensor<2xf32> {dl.input = "x"}) -> (tensor<2xf32> {dl.output = ""}) {
  return %x : tensor<2xf32>
}

// -----

// A name has no space.
// expected-error @+1 {{'func.func' op 'dl.param' on argument 0 is 'dense 0.kernel': names may not contain spaces or control characters}}
func.func @space_in_name(%w: tensor<2xf32> {dl.param = "dense 0.kernel"}) {
  return
}

// -----

// A name has no control character (here a tab, \09).
// expected-error-re @+1 {{'func.func' op 'dl.input' on argument 0 is 'a{{[[:cntrl:]]}}b': names may not contain spaces or control characters}}
func.func @tab_in_name(%x: tensor<2xf32> {dl.input = "a\09b"}) {
  return
}

// -----

// A newline in a result name is a control character too.
// expected-error-re @+1 {{'func.func' op 'dl.output' on result 0 is 'y{{[[:cntrl:]]}}': names may not contain spaces or control characters}}
func.func @newline_in_result_name(%x: tensor<2xf32> {dl.input = "x"}) -> (tensor<2xf32> {dl.output = "y\n"}) {
  return %x : tensor<2xf32>
}

// -----

// An argument is a parameter or an input, not both.
// expected-error @+1 {{'func.func' op argument 0 has more than one of dl.param, dl.input and dl.output}}
func.func @param_and_input(%x: tensor<2xf32> {dl.param = "w", dl.input = "x"}) {
  return
}

// -----

// An out-parameter is not also an input.
// expected-error @+1 {{'func.func' op argument 1 has more than one of dl.param, dl.input and dl.output}}
func.func @input_and_output(%x: memref<2xf32> {dl.input = "x"},
                            %y: memref<2xf32> {dl.input = "y", dl.output = "y"}) {
  return
}

// -----

// Once a function has a dl name, every argument needs one.
// expected-error @+1 {{'func.func' op argument 1 has no dl.param, dl.input or dl.output name; a model names every argument}}
func.func @unnamed_argument(%x: tensor<2xf32> {dl.input = "x"}, %w: tensor<2xf32>) {
  return
}

// -----

// A named result alone makes a model, so an unnamed argument is an error.
// expected-error @+1 {{'func.func' op argument 0 has no dl.param, dl.input or dl.output name; a model names every argument}}
func.func @unnamed_argument_named_result(%x: tensor<2xf32>) -> (tensor<2xf32> {dl.output = "y"}) {
  return %x : tensor<2xf32>
}

// -----

// Once a function has a dl name, every result needs one.
// expected-error @+1 {{'func.func' op result 1 has no dl.output name; a model names every result}}
func.func @unnamed_result(%x: tensor<2xf32> {dl.input = "x"})
    -> (tensor<2xf32> {dl.output = "y"}, tensor<2xf32>) {
  return %x, %x : tensor<2xf32>, tensor<2xf32>
}

// -----

// Declarations follow the same rules.
// expected-error @+1 {{'func.func' op argument 1 has no dl.param, dl.input or dl.output name; a model names every argument}}
func.func private @unnamed_argument_declaration(tensor<2xf32> {dl.input = "x"}, tensor<2xf32>)

// -----

// Two parameters may not share a name.
// expected-error @+1 {{'func.func' op argument 0 and argument 2 have the same name 'w'}}
func.func @duplicate_parameters(%a: tensor<2xf32> {dl.param = "w"},
                                %x: tensor<2xf32> {dl.input = "x"},
                                %b: tensor<2xf32> {dl.param = "w"}) {
  return
}

// -----

// Parameters and inputs share one namespace.
// expected-error @+1 {{'func.func' op argument 0 and argument 1 have the same name 'x'}}
func.func @duplicate_parameter_and_input(%w: tensor<2xf32> {dl.param = "x"},
                                         %x: tensor<2xf32> {dl.input = "x"}) {
  return
}

// -----

// Two results may not share a name.
// expected-error @+1 {{'func.func' op result 0 and result 1 have the same name 'y'}}
func.func @duplicate_results(%x: tensor<2xf32> {dl.input = "x"})
    -> (tensor<2xf32> {dl.output = "y"}, tensor<2xf32> {dl.output = "y"}) {
  return %x, %x : tensor<2xf32>, tensor<2xf32>
}

// -----

// An out-parameter and a result share the output namespace.
// expected-error @+1 {{'func.func' op argument 1 and result 0 have the same name 'y'}}
func.func @duplicate_out_parameter_and_result(%x: memref<2xf32> {dl.input = "x"},
                                              %y: memref<2xf32> {dl.output = "y"})
    -> (tensor<2xf32> {dl.output = "y"}) {
  %0 = dl.constant dense<1.0> : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// dl names belong on arguments and results; on an operation they are errors.
func.func @name_on_op(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{'dl.relu' op unknown attribute 'dl.param': dl names belong on function arguments and results, not on operations}}
  %0 = dl.relu %x {dl.param = "w"} : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// expected-error @below {{'func.func' op result 1 updates 'x', which is no dl.param argument}}
func.func @updates_input(%x: tensor<2xf32> {dl.input = "x"}) -> (tensor<2xf32> {dl.output = "y"}, tensor<2xf32> {dl.updates = "x"}) {
  return %x, %x : tensor<2xf32>, tensor<2xf32>
}

// -----

// expected-error @below {{'func.func' op result 0 of type 'tensor<3xf32>' updates 'w' of type 'tensor<2xf32>'}}
func.func @updates_type(%w: tensor<2xf32> {dl.param = "w"}, %v: tensor<3xf32> {dl.param = "v"}) -> (tensor<3xf32> {dl.updates = "w"}) {
  return %v : tensor<3xf32>
}
