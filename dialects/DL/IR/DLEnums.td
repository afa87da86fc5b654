//===- DLEnums.td - Enumerations of the dl dialect ------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Enumerated attributes used by dl ops. They are integer-backed so that ops
// print them as bare keywords (`dl.compare lt, ...`), like arith's predicates.
//
//===----------------------------------------------------------------------===//

#ifndef DL_IR_DLENUMS_TD
#define DL_IR_DLENUMS_TD

include "mlir/IR/EnumAttr.td"

def DL_ComparePredicate : I32EnumAttr<"ComparePredicate",
    "comparison predicate of dl.compare", [
      I32EnumAttrCase<"eq", 0>,
      I32EnumAttrCase<"ne", 1>,
      I32EnumAttrCase<"lt", 2>,
      I32EnumAttrCase<"le", 3>,
      I32EnumAttrCase<"gt", 4>,
      I32EnumAttrCase<"ge", 5>
    ]> {
  let cppNamespace = "::mlir::dl";
}

def DL_LossReduction : I32EnumAttr<"LossReduction",
    "how a loss op combines the per-sample losses", [
      I32EnumAttrCase<"mean", 0>,
      I32EnumAttrCase<"sum", 1>
    ]> {
  let cppNamespace = "::mlir::dl";
}

#endif // DL_IR_DLENUMS_TD
