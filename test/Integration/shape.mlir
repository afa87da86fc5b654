// RUN: dl-tensors make %t.f32.in.safetensors \
// RUN:   'a:f32[2,3]=-3,-1.75,-0.5,0.75,2,3.25' \
// RUN:   'b:f32[2,3,4]=-3,-1.75,-0.5,0.75,2,3.25,4.5,5.75,7,8.25,9.5,10.75,12,13.25,14.5,15.75,17,18.25,19.5,20.75,22,23.25,24.5,25.75' \
// RUN:   'r:f32[3]=5.75,7,8.25' 'c:f32[2,1]=10.75,12' 'd:f32[1,3]=13.25,14.5,15.75' 's:f32[]=3.25'
// RUN: %jit-and-aot %s --entry shape_f32 --inputs %t.f32.in.safetensors -o %t.f32.out.safetensors
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'reshape_32:f32[3,2]=-3,-1.75,-0.5,0.75,2,3.25' \
// RUN:   'reshape_flat:f32[24]=-3,-1.75,-0.5,0.75,2,3.25,4.5,5.75,7,8.25,9.5,10.75,12,13.25,14.5,15.75,17,18.25,19.5,20.75,22,23.25,24.5,25.75' \
// RUN:   'reshape_expand:f32[1,2,1,3]=-3,-1.75,-0.5,0.75,2,3.25' \
// RUN:   'reshape_scalar:f32[1,1]=3.25' \
// RUN:   'transpose_10:f32[3,2]=-3,0.75,-1.75,2,-0.5,3.25' \
// RUN:   'transpose_201:f32[4,2,3]=-3,2,7,12,17,22,-1.75,3.25,8.25,13.25,18.25,23.25,-0.5,4.5,9.5,14.5,19.5,24.5,0.75,5.75,10.75,15.75,20.75,25.75' \
// RUN:   'transpose_120:f32[3,4,2]=-3,12,-1.75,13.25,-0.5,14.5,0.75,15.75,2,17,3.25,18.25,4.5,19.5,5.75,20.75,7,22,8.25,23.25,9.5,24.5,10.75,25.75' \
// RUN:   'broadcast_row:f32[2,3]=5.75,7,8.25,5.75,7,8.25' \
// RUN:   'broadcast_col:f32[2,3]=10.75,10.75,10.75,12,12,12' \
// RUN:   'broadcast_scalar:f32[2,2]=3.25,3.25,3.25,3.25' \
// RUN:   'broadcast_lead:f32[2,2,3]=13.25,14.5,15.75,13.25,14.5,15.75,13.25,14.5,15.75,13.25,14.5,15.75' \
// RUN:   'transpose_reshape:f32[4,6]=-3,2,7,12,17,22,-1.75,3.25,8.25,13.25,18.25,23.25,-0.5,4.5,9.5,14.5,19.5,24.5,0.75,5.75,10.75,15.75,20.75,25.75' \
// RUN:   'broadcast_reshape:f32[3,2]=10.75,10.75,10.75,12,12,12' \
// RUN:   'broadcast_transpose:f32[3,2]=5.75,5.75,7,7,8.25,8.25' \
// RUN:   'reshape_transpose:f32[4,6]=-3,2,7,12,17,22,-1.75,3.25,8.25,13.25,18.25,23.25,-0.5,4.5,9.5,14.5,19.5,24.5,0.75,5.75,10.75,15.75,20.75,25.75'
//
// RUN: dl-tensors make %t.f64.in.safetensors \
// RUN:   'a:f64[2,3]=-4.9,-3.9,-2.9,-1.9,-0.9,0.1' \
// RUN:   'b:f64[2,3,4]=-4.9,-3.9,-2.9,-1.9,-0.9,0.1,1.1,2.1,3.1,4.1,5.1,6.1,7.1,8.1,9.1,10.1,11.1,12.1,13.1,14.1,15.1,16.1,17.1,18.1' \
// RUN:   'r:f64[3]=2.1,3.1,4.1' 'c:f64[2,1]=6.1,7.1' 'd:f64[1,3]=8.1,9.1,10.1' 's:f64[]=0.1'
// RUN: %jit-and-aot %s --entry shape_f64 --inputs %t.f64.in.safetensors -o %t.f64.out.safetensors
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'reshape_32:f64[3,2]=-4.9,-3.9,-2.9,-1.9,-0.9,0.1' \
// RUN:   'reshape_flat:f64[24]=-4.9,-3.9,-2.9,-1.9,-0.9,0.1,1.1,2.1,3.1,4.1,5.1,6.1,7.1,8.1,9.1,10.1,11.1,12.1,13.1,14.1,15.1,16.1,17.1,18.1' \
// RUN:   'reshape_expand:f64[1,2,1,3]=-4.9,-3.9,-2.9,-1.9,-0.9,0.1' \
// RUN:   'reshape_scalar:f64[1,1]=0.1' \
// RUN:   'transpose_10:f64[3,2]=-4.9,-1.9,-3.9,-0.9,-2.9,0.1' \
// RUN:   'transpose_201:f64[4,2,3]=-4.9,-0.9,3.1,7.1,11.1,15.1,-3.9,0.1,4.1,8.1,12.1,16.1,-2.9,1.1,5.1,9.1,13.1,17.1,-1.9,2.1,6.1,10.1,14.1,18.1' \
// RUN:   'transpose_120:f64[3,4,2]=-4.9,7.1,-3.9,8.1,-2.9,9.1,-1.9,10.1,-0.9,11.1,0.1,12.1,1.1,13.1,2.1,14.1,3.1,15.1,4.1,16.1,5.1,17.1,6.1,18.1' \
// RUN:   'broadcast_row:f64[2,3]=2.1,3.1,4.1,2.1,3.1,4.1' \
// RUN:   'broadcast_col:f64[2,3]=6.1,6.1,6.1,7.1,7.1,7.1' \
// RUN:   'broadcast_scalar:f64[2,2]=0.1,0.1,0.1,0.1' \
// RUN:   'broadcast_lead:f64[2,2,3]=8.1,9.1,10.1,8.1,9.1,10.1,8.1,9.1,10.1,8.1,9.1,10.1' \
// RUN:   'transpose_reshape:f64[4,6]=-4.9,-0.9,3.1,7.1,11.1,15.1,-3.9,0.1,4.1,8.1,12.1,16.1,-2.9,1.1,5.1,9.1,13.1,17.1,-1.9,2.1,6.1,10.1,14.1,18.1' \
// RUN:   'broadcast_reshape:f64[3,2]=6.1,6.1,6.1,7.1,7.1,7.1' \
// RUN:   'broadcast_transpose:f64[3,2]=2.1,2.1,3.1,3.1,4.1,4.1' \
// RUN:   'reshape_transpose:f64[4,6]=-4.9,-0.9,3.1,7.1,11.1,15.1,-3.9,0.1,4.1,8.1,12.1,16.1,-2.9,1.1,5.1,9.1,13.1,17.1,-1.9,2.1,6.1,10.1,14.1,18.1'
//
// RUN: dl-tensors make %t.i32.in.safetensors \
// RUN:   'a:i32[2,3]=-500,419,338,257,176,95' \
// RUN:   'b:i32[2,3,4]=-500,419,338,257,176,95,14,-67,-148,-229,-310,-391,-472,447,366,285,204,123,42,-39,-120,-201,-282,-363' \
// RUN:   'r:i32[3]=-67,-148,-229' 'c:i32[2,1]=-391,-472' 'd:i32[1,3]=447,366,285' 's:i32[]=95'
// RUN: %jit-and-aot %s --entry shape_i32 --inputs %t.i32.in.safetensors -o %t.i32.out.safetensors
// RUN: dl-tensors check %t.i32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'reshape_32:i32[3,2]=-500,419,338,257,176,95' \
// RUN:   'reshape_flat:i32[24]=-500,419,338,257,176,95,14,-67,-148,-229,-310,-391,-472,447,366,285,204,123,42,-39,-120,-201,-282,-363' \
// RUN:   'reshape_expand:i32[1,2,1,3]=-500,419,338,257,176,95' \
// RUN:   'reshape_scalar:i32[1,1]=95' \
// RUN:   'transpose_10:i32[3,2]=-500,257,419,176,338,95' \
// RUN:   'transpose_201:i32[4,2,3]=-500,176,-148,-472,204,-120,419,95,-229,447,123,-201,338,14,-310,366,42,-282,257,-67,-391,285,-39,-363' \
// RUN:   'transpose_120:i32[3,4,2]=-500,-472,419,447,338,366,257,285,176,204,95,123,14,42,-67,-39,-148,-120,-229,-201,-310,-282,-391,-363' \
// RUN:   'broadcast_row:i32[2,3]=-67,-148,-229,-67,-148,-229' \
// RUN:   'broadcast_col:i32[2,3]=-391,-391,-391,-472,-472,-472' \
// RUN:   'broadcast_scalar:i32[2,2]=95,95,95,95' \
// RUN:   'broadcast_lead:i32[2,2,3]=447,366,285,447,366,285,447,366,285,447,366,285' \
// RUN:   'transpose_reshape:i32[4,6]=-500,176,-148,-472,204,-120,419,95,-229,447,123,-201,338,14,-310,366,42,-282,257,-67,-391,285,-39,-363' \
// RUN:   'broadcast_reshape:i32[3,2]=-391,-391,-391,-472,-472,-472' \
// RUN:   'broadcast_transpose:i32[3,2]=-67,-67,-148,-148,-229,-229' \
// RUN:   'reshape_transpose:i32[4,6]=-500,176,-148,-472,204,-120,419,95,-229,447,123,-201,338,14,-310,366,42,-282,257,-67,-391,285,-39,-363'
//
// RUN: dl-tensors make %t.i64.in.safetensors \
// RUN:   'a:i64[2,3]=-30000000000,10000000001,-30000000002,10000000003,-30000000004,10000000005' \
// RUN:   'b:i64[2,3,4]=-30000000000,10000000001,-30000000002,10000000003,-30000000004,10000000005,-30000000006,10000000007,-30000000008,10000000009,-30000000010,10000000011,-30000000012,10000000013,-30000000014,10000000015,-30000000016,10000000017,-30000000018,10000000019,-30000000020,10000000021,-30000000022,10000000023' \
// RUN:   'r:i64[3]=10000000007,-30000000008,10000000009' 'c:i64[2,1]=10000000011,-30000000012' \
// RUN:   'd:i64[1,3]=10000000013,-30000000014,10000000015' 's:i64[]=10000000005'
// RUN: %jit-and-aot %s --entry shape_i64 --inputs %t.i64.in.safetensors -o %t.i64.out.safetensors
// RUN: dl-tensors check %t.i64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'reshape_32:i64[3,2]=-30000000000,10000000001,-30000000002,10000000003,-30000000004,10000000005' \
// RUN:   'reshape_flat:i64[24]=-30000000000,10000000001,-30000000002,10000000003,-30000000004,10000000005,-30000000006,10000000007,-30000000008,10000000009,-30000000010,10000000011,-30000000012,10000000013,-30000000014,10000000015,-30000000016,10000000017,-30000000018,10000000019,-30000000020,10000000021,-30000000022,10000000023' \
// RUN:   'reshape_expand:i64[1,2,1,3]=-30000000000,10000000001,-30000000002,10000000003,-30000000004,10000000005' \
// RUN:   'reshape_scalar:i64[1,1]=10000000005' \
// RUN:   'transpose_10:i64[3,2]=-30000000000,10000000003,10000000001,-30000000004,-30000000002,10000000005' \
// RUN:   'transpose_201:i64[4,2,3]=-30000000000,-30000000004,-30000000008,-30000000012,-30000000016,-30000000020,10000000001,10000000005,10000000009,10000000013,10000000017,10000000021,-30000000002,-30000000006,-30000000010,-30000000014,-30000000018,-30000000022,10000000003,10000000007,10000000011,10000000015,10000000019,10000000023' \
// RUN:   'transpose_120:i64[3,4,2]=-30000000000,-30000000012,10000000001,10000000013,-30000000002,-30000000014,10000000003,10000000015,-30000000004,-30000000016,10000000005,10000000017,-30000000006,-30000000018,10000000007,10000000019,-30000000008,-30000000020,10000000009,10000000021,-30000000010,-30000000022,10000000011,10000000023' \
// RUN:   'broadcast_row:i64[2,3]=10000000007,-30000000008,10000000009,10000000007,-30000000008,10000000009' \
// RUN:   'broadcast_col:i64[2,3]=10000000011,10000000011,10000000011,-30000000012,-30000000012,-30000000012' \
// RUN:   'broadcast_scalar:i64[2,2]=10000000005,10000000005,10000000005,10000000005' \
// RUN:   'broadcast_lead:i64[2,2,3]=10000000013,-30000000014,10000000015,10000000013,-30000000014,10000000015,10000000013,-30000000014,10000000015,10000000013,-30000000014,10000000015' \
// RUN:   'transpose_reshape:i64[4,6]=-30000000000,-30000000004,-30000000008,-30000000012,-30000000016,-30000000020,10000000001,10000000005,10000000009,10000000013,10000000017,10000000021,-30000000002,-30000000006,-30000000010,-30000000014,-30000000018,-30000000022,10000000003,10000000007,10000000011,10000000015,10000000019,10000000023' \
// RUN:   'broadcast_reshape:i64[3,2]=10000000011,10000000011,10000000011,-30000000012,-30000000012,-30000000012' \
// RUN:   'broadcast_transpose:i64[3,2]=10000000007,10000000007,-30000000008,-30000000008,10000000009,10000000009' \
// RUN:   'reshape_transpose:i64[4,6]=-30000000000,-30000000004,-30000000008,-30000000012,-30000000016,-30000000020,10000000001,10000000005,10000000009,10000000013,10000000017,10000000021,-30000000002,-30000000006,-30000000010,-30000000014,-30000000018,-30000000022,10000000003,10000000007,10000000011,10000000015,10000000019,10000000023'
//
// RUN: dl-tensors make %t.i1.in.safetensors \
// RUN:   'a:bool[2,3]=1,0,0,1,1,0' 'b:bool[2,3,4]=1,0,0,1,1,0,1,1,0,0,0,1,0,1,1,1,0,0,1,0,1,0,0,1' \
// RUN:   'r:bool[3]=1,0,1' 'c:bool[2,1]=0,1' 'd:bool[1,3]=0,1,1' 's:bool[]=1'
// RUN: %jit-and-aot %s --entry shape_i1 --inputs %t.i1.in.safetensors -o %t.i1.out.safetensors
// RUN: dl-tensors check %t.i1.out.safetensors --rtol 0 --atol 0 \
// RUN:   'reshape_32:bool[3,2]=1,0,0,1,1,0' \
// RUN:   'reshape_flat:bool[24]=1,0,0,1,1,0,1,1,0,0,0,1,0,1,1,1,0,0,1,0,1,0,0,1' \
// RUN:   'reshape_expand:bool[1,2,1,3]=1,0,0,1,1,0' \
// RUN:   'reshape_scalar:bool[1,1]=1' \
// RUN:   'transpose_10:bool[3,2]=1,1,0,1,0,0' \
// RUN:   'transpose_201:bool[4,2,3]=1,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,1,0,1,1,1,1,0,1' \
// RUN:   'transpose_120:bool[3,4,2]=1,0,0,1,0,1,1,1,1,0,0,0,1,1,1,0,0,1,0,0,0,0,1,1' \
// RUN:   'broadcast_row:bool[2,3]=1,0,1,1,0,1' \
// RUN:   'broadcast_col:bool[2,3]=0,0,0,1,1,1' \
// RUN:   'broadcast_scalar:bool[2,2]=1,1,1,1' \
// RUN:   'broadcast_lead:bool[2,2,3]=0,1,1,0,1,1,0,1,1,0,1,1' \
// RUN:   'transpose_reshape:bool[4,6]=1,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,1,0,1,1,1,1,0,1' \
// RUN:   'broadcast_reshape:bool[3,2]=0,0,0,1,1,1' \
// RUN:   'broadcast_transpose:bool[3,2]=1,1,0,0,1,1' \
// RUN:   'reshape_transpose:bool[4,6]=1,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,1,0,1,1,1,1,0,1'

// dl.reshape, dl.transpose and dl.broadcast_to through the JIT for every
// element type they accept (f32, f64, i32, i64, i1). The values are
// distinct where the type allows, so a misplaced element shows; f64 values
// such as -4.9 are not representable in f32, and i64 values beyond 2^32 are
// not representable in i32, so a narrowing copy would show too.
//
// Expected values were computed independently in Python:
//   reshape: the same row-major sequence under the new shape (rank 0 to
//     [1,1], [2,3] to [3,2] and to [1,2,1,3], [2,3,4] to [24]);
//   transpose: result[j] = input[i] with i[perm[d]] = j[d], so result dim d
//     is input dim perm[d]; [2,0,1] and its inverse [1,2,0] are both
//     tested, so applying the inverse permutation would fail;
//   broadcast_to: numpy rules, [3] and [1,3] rows repeated, [2,1] columns
//     repeated, rank 0 filled;
//   compositions, where a lowering that only changes the view of a buffer
//     would show: reshape of a transpose and of a broadcast (the result
//     holds the logical row-major order of the intermediate, not the
//     input's memory order), transpose of a broadcast and of a reshape.
// Data movement is exact: rtol 0, atol 0.

func.func @shape_f32(%a: tensor<2x3xf32> {dl.input = "a"},
                     %b: tensor<2x3x4xf32> {dl.input = "b"},
                     %r: tensor<3xf32> {dl.input = "r"},
                     %c: tensor<2x1xf32> {dl.input = "c"},
                     %d: tensor<1x3xf32> {dl.input = "d"},
                     %s: tensor<f32> {dl.input = "s"})
    -> (tensor<3x2xf32> {dl.output = "reshape_32"},
        tensor<24xf32> {dl.output = "reshape_flat"},
        tensor<1x2x1x3xf32> {dl.output = "reshape_expand"},
        tensor<1x1xf32> {dl.output = "reshape_scalar"},
        tensor<3x2xf32> {dl.output = "transpose_10"},
        tensor<4x2x3xf32> {dl.output = "transpose_201"},
        tensor<3x4x2xf32> {dl.output = "transpose_120"},
        tensor<2x3xf32> {dl.output = "broadcast_row"},
        tensor<2x3xf32> {dl.output = "broadcast_col"},
        tensor<2x2xf32> {dl.output = "broadcast_scalar"},
        tensor<2x2x3xf32> {dl.output = "broadcast_lead"},
        tensor<4x6xf32> {dl.output = "transpose_reshape"},
        tensor<3x2xf32> {dl.output = "broadcast_reshape"},
        tensor<3x2xf32> {dl.output = "broadcast_transpose"},
        tensor<4x6xf32> {dl.output = "reshape_transpose"}) {
  %reshape_32 = dl.reshape %a : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %reshape_flat = dl.reshape %b : (tensor<2x3x4xf32>) -> tensor<24xf32>
  %reshape_expand = dl.reshape %a : (tensor<2x3xf32>) -> tensor<1x2x1x3xf32>
  %reshape_scalar = dl.reshape %s : (tensor<f32>) -> tensor<1x1xf32>
  %transpose_10 = dl.transpose %a permutation = [1, 0]
      : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %transpose_201 = dl.transpose %b permutation = [2, 0, 1]
      : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %transpose_120 = dl.transpose %b permutation = [1, 2, 0]
      : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %broadcast_row = dl.broadcast_to %r : (tensor<3xf32>) -> tensor<2x3xf32>
  %broadcast_col = dl.broadcast_to %c : (tensor<2x1xf32>) -> tensor<2x3xf32>
  %broadcast_scalar = dl.broadcast_to %s : (tensor<f32>) -> tensor<2x2xf32>
  %broadcast_lead = dl.broadcast_to %d : (tensor<1x3xf32>) -> tensor<2x2x3xf32>
  %transpose_reshape_t = dl.transpose %b permutation = [2, 0, 1]
      : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %transpose_reshape = dl.reshape %transpose_reshape_t : (tensor<4x2x3xf32>) -> tensor<4x6xf32>
  %broadcast_reshape_b = dl.broadcast_to %c : (tensor<2x1xf32>) -> tensor<2x3xf32>
  %broadcast_reshape = dl.reshape %broadcast_reshape_b : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %broadcast_transpose_b = dl.broadcast_to %r : (tensor<3xf32>) -> tensor<2x3xf32>
  %broadcast_transpose = dl.transpose %broadcast_transpose_b permutation = [1, 0]
      : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %reshape_transpose_r = dl.reshape %b : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  %reshape_transpose = dl.transpose %reshape_transpose_r permutation = [1, 0]
      : (tensor<6x4xf32>) -> tensor<4x6xf32>
  return %reshape_32, %reshape_flat, %reshape_expand, %reshape_scalar,
         %transpose_10, %transpose_201, %transpose_120, %broadcast_row,
         %broadcast_col, %broadcast_scalar, %broadcast_lead, %transpose_reshape,
         %broadcast_reshape, %broadcast_transpose, %reshape_transpose
      : tensor<3x2xf32>, tensor<24xf32>, tensor<1x2x1x3xf32>, tensor<1x1xf32>,
        tensor<3x2xf32>, tensor<4x2x3xf32>, tensor<3x4x2xf32>, tensor<2x3xf32>,
        tensor<2x3xf32>, tensor<2x2xf32>, tensor<2x2x3xf32>, tensor<4x6xf32>,
        tensor<3x2xf32>, tensor<3x2xf32>, tensor<4x6xf32>
}

func.func @shape_f64(%a: tensor<2x3xf64> {dl.input = "a"},
                     %b: tensor<2x3x4xf64> {dl.input = "b"},
                     %r: tensor<3xf64> {dl.input = "r"},
                     %c: tensor<2x1xf64> {dl.input = "c"},
                     %d: tensor<1x3xf64> {dl.input = "d"},
                     %s: tensor<f64> {dl.input = "s"})
    -> (tensor<3x2xf64> {dl.output = "reshape_32"},
        tensor<24xf64> {dl.output = "reshape_flat"},
        tensor<1x2x1x3xf64> {dl.output = "reshape_expand"},
        tensor<1x1xf64> {dl.output = "reshape_scalar"},
        tensor<3x2xf64> {dl.output = "transpose_10"},
        tensor<4x2x3xf64> {dl.output = "transpose_201"},
        tensor<3x4x2xf64> {dl.output = "transpose_120"},
        tensor<2x3xf64> {dl.output = "broadcast_row"},
        tensor<2x3xf64> {dl.output = "broadcast_col"},
        tensor<2x2xf64> {dl.output = "broadcast_scalar"},
        tensor<2x2x3xf64> {dl.output = "broadcast_lead"},
        tensor<4x6xf64> {dl.output = "transpose_reshape"},
        tensor<3x2xf64> {dl.output = "broadcast_reshape"},
        tensor<3x2xf64> {dl.output = "broadcast_transpose"},
        tensor<4x6xf64> {dl.output = "reshape_transpose"}) {
  %reshape_32 = dl.reshape %a : (tensor<2x3xf64>) -> tensor<3x2xf64>
  %reshape_flat = dl.reshape %b : (tensor<2x3x4xf64>) -> tensor<24xf64>
  %reshape_expand = dl.reshape %a : (tensor<2x3xf64>) -> tensor<1x2x1x3xf64>
  %reshape_scalar = dl.reshape %s : (tensor<f64>) -> tensor<1x1xf64>
  %transpose_10 = dl.transpose %a permutation = [1, 0]
      : (tensor<2x3xf64>) -> tensor<3x2xf64>
  %transpose_201 = dl.transpose %b permutation = [2, 0, 1]
      : (tensor<2x3x4xf64>) -> tensor<4x2x3xf64>
  %transpose_120 = dl.transpose %b permutation = [1, 2, 0]
      : (tensor<2x3x4xf64>) -> tensor<3x4x2xf64>
  %broadcast_row = dl.broadcast_to %r : (tensor<3xf64>) -> tensor<2x3xf64>
  %broadcast_col = dl.broadcast_to %c : (tensor<2x1xf64>) -> tensor<2x3xf64>
  %broadcast_scalar = dl.broadcast_to %s : (tensor<f64>) -> tensor<2x2xf64>
  %broadcast_lead = dl.broadcast_to %d : (tensor<1x3xf64>) -> tensor<2x2x3xf64>
  %transpose_reshape_t = dl.transpose %b permutation = [2, 0, 1]
      : (tensor<2x3x4xf64>) -> tensor<4x2x3xf64>
  %transpose_reshape = dl.reshape %transpose_reshape_t : (tensor<4x2x3xf64>) -> tensor<4x6xf64>
  %broadcast_reshape_b = dl.broadcast_to %c : (tensor<2x1xf64>) -> tensor<2x3xf64>
  %broadcast_reshape = dl.reshape %broadcast_reshape_b : (tensor<2x3xf64>) -> tensor<3x2xf64>
  %broadcast_transpose_b = dl.broadcast_to %r : (tensor<3xf64>) -> tensor<2x3xf64>
  %broadcast_transpose = dl.transpose %broadcast_transpose_b permutation = [1, 0]
      : (tensor<2x3xf64>) -> tensor<3x2xf64>
  %reshape_transpose_r = dl.reshape %b : (tensor<2x3x4xf64>) -> tensor<6x4xf64>
  %reshape_transpose = dl.transpose %reshape_transpose_r permutation = [1, 0]
      : (tensor<6x4xf64>) -> tensor<4x6xf64>
  return %reshape_32, %reshape_flat, %reshape_expand, %reshape_scalar,
         %transpose_10, %transpose_201, %transpose_120, %broadcast_row,
         %broadcast_col, %broadcast_scalar, %broadcast_lead, %transpose_reshape,
         %broadcast_reshape, %broadcast_transpose, %reshape_transpose
      : tensor<3x2xf64>, tensor<24xf64>, tensor<1x2x1x3xf64>, tensor<1x1xf64>,
        tensor<3x2xf64>, tensor<4x2x3xf64>, tensor<3x4x2xf64>, tensor<2x3xf64>,
        tensor<2x3xf64>, tensor<2x2xf64>, tensor<2x2x3xf64>, tensor<4x6xf64>,
        tensor<3x2xf64>, tensor<3x2xf64>, tensor<4x6xf64>
}

func.func @shape_i32(%a: tensor<2x3xi32> {dl.input = "a"},
                     %b: tensor<2x3x4xi32> {dl.input = "b"},
                     %r: tensor<3xi32> {dl.input = "r"},
                     %c: tensor<2x1xi32> {dl.input = "c"},
                     %d: tensor<1x3xi32> {dl.input = "d"},
                     %s: tensor<i32> {dl.input = "s"})
    -> (tensor<3x2xi32> {dl.output = "reshape_32"},
        tensor<24xi32> {dl.output = "reshape_flat"},
        tensor<1x2x1x3xi32> {dl.output = "reshape_expand"},
        tensor<1x1xi32> {dl.output = "reshape_scalar"},
        tensor<3x2xi32> {dl.output = "transpose_10"},
        tensor<4x2x3xi32> {dl.output = "transpose_201"},
        tensor<3x4x2xi32> {dl.output = "transpose_120"},
        tensor<2x3xi32> {dl.output = "broadcast_row"},
        tensor<2x3xi32> {dl.output = "broadcast_col"},
        tensor<2x2xi32> {dl.output = "broadcast_scalar"},
        tensor<2x2x3xi32> {dl.output = "broadcast_lead"},
        tensor<4x6xi32> {dl.output = "transpose_reshape"},
        tensor<3x2xi32> {dl.output = "broadcast_reshape"},
        tensor<3x2xi32> {dl.output = "broadcast_transpose"},
        tensor<4x6xi32> {dl.output = "reshape_transpose"}) {
  %reshape_32 = dl.reshape %a : (tensor<2x3xi32>) -> tensor<3x2xi32>
  %reshape_flat = dl.reshape %b : (tensor<2x3x4xi32>) -> tensor<24xi32>
  %reshape_expand = dl.reshape %a : (tensor<2x3xi32>) -> tensor<1x2x1x3xi32>
  %reshape_scalar = dl.reshape %s : (tensor<i32>) -> tensor<1x1xi32>
  %transpose_10 = dl.transpose %a permutation = [1, 0]
      : (tensor<2x3xi32>) -> tensor<3x2xi32>
  %transpose_201 = dl.transpose %b permutation = [2, 0, 1]
      : (tensor<2x3x4xi32>) -> tensor<4x2x3xi32>
  %transpose_120 = dl.transpose %b permutation = [1, 2, 0]
      : (tensor<2x3x4xi32>) -> tensor<3x4x2xi32>
  %broadcast_row = dl.broadcast_to %r : (tensor<3xi32>) -> tensor<2x3xi32>
  %broadcast_col = dl.broadcast_to %c : (tensor<2x1xi32>) -> tensor<2x3xi32>
  %broadcast_scalar = dl.broadcast_to %s : (tensor<i32>) -> tensor<2x2xi32>
  %broadcast_lead = dl.broadcast_to %d : (tensor<1x3xi32>) -> tensor<2x2x3xi32>
  %transpose_reshape_t = dl.transpose %b permutation = [2, 0, 1]
      : (tensor<2x3x4xi32>) -> tensor<4x2x3xi32>
  %transpose_reshape = dl.reshape %transpose_reshape_t : (tensor<4x2x3xi32>) -> tensor<4x6xi32>
  %broadcast_reshape_b = dl.broadcast_to %c : (tensor<2x1xi32>) -> tensor<2x3xi32>
  %broadcast_reshape = dl.reshape %broadcast_reshape_b : (tensor<2x3xi32>) -> tensor<3x2xi32>
  %broadcast_transpose_b = dl.broadcast_to %r : (tensor<3xi32>) -> tensor<2x3xi32>
  %broadcast_transpose = dl.transpose %broadcast_transpose_b permutation = [1, 0]
      : (tensor<2x3xi32>) -> tensor<3x2xi32>
  %reshape_transpose_r = dl.reshape %b : (tensor<2x3x4xi32>) -> tensor<6x4xi32>
  %reshape_transpose = dl.transpose %reshape_transpose_r permutation = [1, 0]
      : (tensor<6x4xi32>) -> tensor<4x6xi32>
  return %reshape_32, %reshape_flat, %reshape_expand, %reshape_scalar,
         %transpose_10, %transpose_201, %transpose_120, %broadcast_row,
         %broadcast_col, %broadcast_scalar, %broadcast_lead, %transpose_reshape,
         %broadcast_reshape, %broadcast_transpose, %reshape_transpose
      : tensor<3x2xi32>, tensor<24xi32>, tensor<1x2x1x3xi32>, tensor<1x1xi32>,
        tensor<3x2xi32>, tensor<4x2x3xi32>, tensor<3x4x2xi32>, tensor<2x3xi32>,
        tensor<2x3xi32>, tensor<2x2xi32>, tensor<2x2x3xi32>, tensor<4x6xi32>,
        tensor<3x2xi32>, tensor<3x2xi32>, tensor<4x6xi32>
}

func.func @shape_i64(%a: tensor<2x3xi64> {dl.input = "a"},
                     %b: tensor<2x3x4xi64> {dl.input = "b"},
                     %r: tensor<3xi64> {dl.input = "r"},
                     %c: tensor<2x1xi64> {dl.input = "c"},
                     %d: tensor<1x3xi64> {dl.input = "d"},
                     %s: tensor<i64> {dl.input = "s"})
    -> (tensor<3x2xi64> {dl.output = "reshape_32"},
        tensor<24xi64> {dl.output = "reshape_flat"},
        tensor<1x2x1x3xi64> {dl.output = "reshape_expand"},
        tensor<1x1xi64> {dl.output = "reshape_scalar"},
        tensor<3x2xi64> {dl.output = "transpose_10"},
        tensor<4x2x3xi64> {dl.output = "transpose_201"},
        tensor<3x4x2xi64> {dl.output = "transpose_120"},
        tensor<2x3xi64> {dl.output = "broadcast_row"},
        tensor<2x3xi64> {dl.output = "broadcast_col"},
        tensor<2x2xi64> {dl.output = "broadcast_scalar"},
        tensor<2x2x3xi64> {dl.output = "broadcast_lead"},
        tensor<4x6xi64> {dl.output = "transpose_reshape"},
        tensor<3x2xi64> {dl.output = "broadcast_reshape"},
        tensor<3x2xi64> {dl.output = "broadcast_transpose"},
        tensor<4x6xi64> {dl.output = "reshape_transpose"}) {
  %reshape_32 = dl.reshape %a : (tensor<2x3xi64>) -> tensor<3x2xi64>
  %reshape_flat = dl.reshape %b : (tensor<2x3x4xi64>) -> tensor<24xi64>
  %reshape_expand = dl.reshape %a : (tensor<2x3xi64>) -> tensor<1x2x1x3xi64>
  %reshape_scalar = dl.reshape %s : (tensor<i64>) -> tensor<1x1xi64>
  %transpose_10 = dl.transpose %a permutation = [1, 0]
      : (tensor<2x3xi64>) -> tensor<3x2xi64>
  %transpose_201 = dl.transpose %b permutation = [2, 0, 1]
      : (tensor<2x3x4xi64>) -> tensor<4x2x3xi64>
  %transpose_120 = dl.transpose %b permutation = [1, 2, 0]
      : (tensor<2x3x4xi64>) -> tensor<3x4x2xi64>
  %broadcast_row = dl.broadcast_to %r : (tensor<3xi64>) -> tensor<2x3xi64>
  %broadcast_col = dl.broadcast_to %c : (tensor<2x1xi64>) -> tensor<2x3xi64>
  %broadcast_scalar = dl.broadcast_to %s : (tensor<i64>) -> tensor<2x2xi64>
  %broadcast_lead = dl.broadcast_to %d : (tensor<1x3xi64>) -> tensor<2x2x3xi64>
  %transpose_reshape_t = dl.transpose %b permutation = [2, 0, 1]
      : (tensor<2x3x4xi64>) -> tensor<4x2x3xi64>
  %transpose_reshape = dl.reshape %transpose_reshape_t : (tensor<4x2x3xi64>) -> tensor<4x6xi64>
  %broadcast_reshape_b = dl.broadcast_to %c : (tensor<2x1xi64>) -> tensor<2x3xi64>
  %broadcast_reshape = dl.reshape %broadcast_reshape_b : (tensor<2x3xi64>) -> tensor<3x2xi64>
  %broadcast_transpose_b = dl.broadcast_to %r : (tensor<3xi64>) -> tensor<2x3xi64>
  %broadcast_transpose = dl.transpose %broadcast_transpose_b permutation = [1, 0]
      : (tensor<2x3xi64>) -> tensor<3x2xi64>
  %reshape_transpose_r = dl.reshape %b : (tensor<2x3x4xi64>) -> tensor<6x4xi64>
  %reshape_transpose = dl.transpose %reshape_transpose_r permutation = [1, 0]
      : (tensor<6x4xi64>) -> tensor<4x6xi64>
  return %reshape_32, %reshape_flat, %reshape_expand, %reshape_scalar,
         %transpose_10, %transpose_201, %transpose_120, %broadcast_row,
         %broadcast_col, %broadcast_scalar, %broadcast_lead, %transpose_reshape,
         %broadcast_reshape, %broadcast_transpose, %reshape_transpose
      : tensor<3x2xi64>, tensor<24xi64>, tensor<1x2x1x3xi64>, tensor<1x1xi64>,
        tensor<3x2xi64>, tensor<4x2x3xi64>, tensor<3x4x2xi64>, tensor<2x3xi64>,
        tensor<2x3xi64>, tensor<2x2xi64>, tensor<2x2x3xi64>, tensor<4x6xi64>,
        tensor<3x2xi64>, tensor<3x2xi64>, tensor<4x6xi64>
}

func.func @shape_i1(%a: tensor<2x3xi1> {dl.input = "a"},
                    %b: tensor<2x3x4xi1> {dl.input = "b"},
                    %r: tensor<3xi1> {dl.input = "r"},
                    %c: tensor<2x1xi1> {dl.input = "c"},
                    %d: tensor<1x3xi1> {dl.input = "d"},
                    %s: tensor<i1> {dl.input = "s"})
    -> (tensor<3x2xi1> {dl.output = "reshape_32"},
        tensor<24xi1> {dl.output = "reshape_flat"},
        tensor<1x2x1x3xi1> {dl.output = "reshape_expand"},
        tensor<1x1xi1> {dl.output = "reshape_scalar"},
        tensor<3x2xi1> {dl.output = "transpose_10"},
        tensor<4x2x3xi1> {dl.output = "transpose_201"},
        tensor<3x4x2xi1> {dl.output = "transpose_120"},
        tensor<2x3xi1> {dl.output = "broadcast_row"},
        tensor<2x3xi1> {dl.output = "broadcast_col"},
        tensor<2x2xi1> {dl.output = "broadcast_scalar"},
        tensor<2x2x3xi1> {dl.output = "broadcast_lead"},
        tensor<4x6xi1> {dl.output = "transpose_reshape"},
        tensor<3x2xi1> {dl.output = "broadcast_reshape"},
        tensor<3x2xi1> {dl.output = "broadcast_transpose"},
        tensor<4x6xi1> {dl.output = "reshape_transpose"}) {
  %reshape_32 = dl.reshape %a : (tensor<2x3xi1>) -> tensor<3x2xi1>
  %reshape_flat = dl.reshape %b : (tensor<2x3x4xi1>) -> tensor<24xi1>
  %reshape_expand = dl.reshape %a : (tensor<2x3xi1>) -> tensor<1x2x1x3xi1>
  %reshape_scalar = dl.reshape %s : (tensor<i1>) -> tensor<1x1xi1>
  %transpose_10 = dl.transpose %a permutation = [1, 0]
      : (tensor<2x3xi1>) -> tensor<3x2xi1>
  %transpose_201 = dl.transpose %b permutation = [2, 0, 1]
      : (tensor<2x3x4xi1>) -> tensor<4x2x3xi1>
  %transpose_120 = dl.transpose %b permutation = [1, 2, 0]
      : (tensor<2x3x4xi1>) -> tensor<3x4x2xi1>
  %broadcast_row = dl.broadcast_to %r : (tensor<3xi1>) -> tensor<2x3xi1>
  %broadcast_col = dl.broadcast_to %c : (tensor<2x1xi1>) -> tensor<2x3xi1>
  %broadcast_scalar = dl.broadcast_to %s : (tensor<i1>) -> tensor<2x2xi1>
  %broadcast_lead = dl.broadcast_to %d : (tensor<1x3xi1>) -> tensor<2x2x3xi1>
  %transpose_reshape_t = dl.transpose %b permutation = [2, 0, 1]
      : (tensor<2x3x4xi1>) -> tensor<4x2x3xi1>
  %transpose_reshape = dl.reshape %transpose_reshape_t : (tensor<4x2x3xi1>) -> tensor<4x6xi1>
  %broadcast_reshape_b = dl.broadcast_to %c : (tensor<2x1xi1>) -> tensor<2x3xi1>
  %broadcast_reshape = dl.reshape %broadcast_reshape_b : (tensor<2x3xi1>) -> tensor<3x2xi1>
  %broadcast_transpose_b = dl.broadcast_to %r : (tensor<3xi1>) -> tensor<2x3xi1>
  %broadcast_transpose = dl.transpose %broadcast_transpose_b permutation = [1, 0]
      : (tensor<2x3xi1>) -> tensor<3x2xi1>
  %reshape_transpose_r = dl.reshape %b : (tensor<2x3x4xi1>) -> tensor<6x4xi1>
  %reshape_transpose = dl.transpose %reshape_transpose_r permutation = [1, 0]
      : (tensor<6x4xi1>) -> tensor<4x6xi1>
  return %reshape_32, %reshape_flat, %reshape_expand, %reshape_scalar,
         %transpose_10, %transpose_201, %transpose_120, %broadcast_row,
         %broadcast_col, %broadcast_scalar, %broadcast_lead, %transpose_reshape,
         %broadcast_reshape, %broadcast_transpose, %reshape_transpose
      : tensor<3x2xi1>, tensor<24xi1>, tensor<1x2x1x3xi1>, tensor<1x1xi1>,
        tensor<3x2xi1>, tensor<4x2x3xi1>, tensor<3x4x2xi1>, tensor<2x3xi1>,
        tensor<2x3xi1>, tensor<2x2xi1>, tensor<2x2x3xi1>, tensor<4x6xi1>,
        tensor<3x2xi1>, tensor<3x2xi1>, tensor<4x6xi1>
}
