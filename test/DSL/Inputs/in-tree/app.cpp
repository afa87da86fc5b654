// app.cpp - runs the tiny model on fixed inputs and writes them and its
// output to the two safetensors files named on the command line.
#include "tiny.h"

int main(int argc, char **argv) {
  const float x[tiny_predict_x_size] = {1, -2, 0.5f, 3, 0, -1};
  float y[tiny_predict_y_size];
  const int64_t xShape[] = tiny_predict_x_shape;
  const int64_t yShape[] = tiny_predict_y_shape;
  if (argc != 3 || tiny_predict(x, y) != DLRT_OK)
    return 1;
  DlrtTensorView in = {"x", DLRT_F32, 2, xShape, x, sizeof x};
  DlrtTensorView out = {"y", DLRT_F32, 2, yShape, y, sizeof y};
  return dlrtTensorFileWrite(argv[1], &in, 1) == DLRT_OK &&
                 dlrtTensorFileWrite(argv[2], &out, 1) == DLRT_OK
             ? 0
             : 1;
}
