/* train_linear_model.c - see train_linear_model.h.
 * SPDX-License-Identifier: Apache-2.0 */

#include "train_linear_model.h"

#include <math.h>

void (*linear_train_hook)(const float *x, void *context) = NULL;
void *linear_train_hook_context = NULL;
DlrtStatus linear_train_fail = DLRT_OK;

static const int64_t xShape[] = {LINEAR_BATCH, LINEAR_FEATURES};
static const int64_t wShape[] = {LINEAR_FEATURES, 1};
static const int64_t bShape[] = {1};
static const int64_t yShape[] = {LINEAR_BATCH, 1};

#define X_SPEC {"x", DLRT_INPUT, DLRT_F32, 2, xShape, LINEAR_BATCH * LINEAR_FEATURES, 0}
#define W_SPEC(updated) {"w", DLRT_PARAMETER, DLRT_F32, 2, wShape, LINEAR_FEATURES, updated}
#define B_SPEC(updated) {"b", DLRT_PARAMETER, DLRT_F32, 1, bShape, 1, updated}
#define LABELS_SPEC {"labels", DLRT_INPUT, DLRT_F32, 2, yShape, LINEAR_BATCH, 0}

/* pred[i] - labels[i] for the batch; returns the mean squared error. */
static float residuals(const float *x, const float *w, const float *b,
                       const float *labels, float *r) {
  float sum = 0;
  for (int i = 0; i < LINEAR_BATCH; ++i) {
    float pred = b[0];
    for (int k = 0; k < LINEAR_FEATURES; ++k)
      pred += x[i * LINEAR_FEATURES + k] * w[k];
    r[i] = pred - labels[i];
    sum += r[i] * r[i];
  }
  return sum / LINEAR_BATCH;
}

DlrtStatus linear_train_step(const float *x, float *w, float *b,
                             const float *labels, float *momentum_w,
                             float *momentum_b, int64_t *iterations,
                             float *loss) {
  if (!x || !w || !b || !labels || !momentum_w || !momentum_b || !iterations ||
      !loss)
    return DLRT_ERROR_INVALID_ARGUMENT;
  if (linear_train_fail != DLRT_OK)
    return linear_train_fail;
  if (linear_train_hook)
    linear_train_hook(x, linear_train_hook_context);
  float r[LINEAR_BATCH];
  *loss = residuals(x, w, b, labels, r);
  /* d loss / d pred[i] = 2 r[i] / B */
  float gw[LINEAR_FEATURES] = {0}, gb = 0;
  for (int i = 0; i < LINEAR_BATCH; ++i) {
    float d = 2 * r[i] / LINEAR_BATCH;
    for (int k = 0; k < LINEAR_FEATURES; ++k)
      gw[k] += x[i * LINEAR_FEATURES + k] * d;
    gb += d;
  }
  for (int k = 0; k < LINEAR_FEATURES; ++k) {
    momentum_w[k] = LINEAR_MOMENTUM * momentum_w[k] - LINEAR_LEARNING_RATE * gw[k];
    w[k] += momentum_w[k];
  }
  momentum_b[0] = LINEAR_MOMENTUM * momentum_b[0] - LINEAR_LEARNING_RATE * gb;
  b[0] += momentum_b[0];
  *iterations += 1;
  return DLRT_OK;
}

const DlrtTensorSpec *linear_train_step_tensors(size_t *count) {
  static const DlrtTensorSpec tensors[] = {
      X_SPEC,
      W_SPEC(1),
      B_SPEC(1),
      LABELS_SPEC,
      {"momentum.w", DLRT_PARAMETER, DLRT_F32, 2, wShape, LINEAR_FEATURES, 1},
      {"momentum.b", DLRT_PARAMETER, DLRT_F32, 1, bShape, 1, 1},
      {"optimizer.iterations", DLRT_PARAMETER, DLRT_I64, 0, NULL, 1, 1},
      {"loss", DLRT_OUTPUT, DLRT_F32, 0, NULL, 1, 0},
  };
  *count = sizeof tensors / sizeof tensors[0];
  return tensors;
}

DlrtStatus linear_train_step_call(void *const *buffers) {
  return linear_train_step((const float *)buffers[0], (float *)buffers[1],
                           (float *)buffers[2], (const float *)buffers[3],
                           (float *)buffers[4], (float *)buffers[5],
                           (int64_t *)buffers[6], (float *)buffers[7]);
}

DlrtStatus linear_eval_step(const float *x, const float *w, const float *b,
                            const float *labels, float *loss,
                            float *accuracy) {
  if (!x || !w || !b || !labels || !loss || !accuracy)
    return DLRT_ERROR_INVALID_ARGUMENT;
  float r[LINEAR_BATCH];
  *loss = residuals(x, w, b, labels, r);
  int hits = 0;
  for (int i = 0; i < LINEAR_BATCH; ++i)
    hits += fabsf(r[i]) < 0.1f;
  *accuracy = (float)hits / LINEAR_BATCH;
  return DLRT_OK;
}

const DlrtTensorSpec *linear_eval_step_tensors(size_t *count) {
  static const DlrtTensorSpec tensors[] = {
      X_SPEC,
      W_SPEC(0),
      B_SPEC(0),
      LABELS_SPEC,
      {"loss", DLRT_OUTPUT, DLRT_F32, 0, NULL, 1, 0},
      {"accuracy", DLRT_OUTPUT, DLRT_F32, 0, NULL, 1, 0},
  };
  *count = sizeof tensors / sizeof tensors[0];
  return tensors;
}

DlrtStatus linear_eval_step_call(void *const *buffers) {
  return linear_eval_step((const float *)buffers[0], (const float *)buffers[1],
                          (const float *)buffers[2], (const float *)buffers[3],
                          (float *)buffers[4], (float *)buffers[5]);
}

DlrtStatus linear_predict(const float *x, const float *w, const float *b,
                          float *y) {
  if (!x || !w || !b || !y)
    return DLRT_ERROR_INVALID_ARGUMENT;
  for (int i = 0; i < LINEAR_BATCH; ++i) {
    y[i] = b[0];
    for (int k = 0; k < LINEAR_FEATURES; ++k)
      y[i] += x[i * LINEAR_FEATURES + k] * w[k];
  }
  return DLRT_OK;
}

const DlrtTensorSpec *linear_predict_tensors(size_t *count) {
  static const DlrtTensorSpec tensors[] = {
      X_SPEC,
      W_SPEC(0),
      B_SPEC(0),
      {"y", DLRT_OUTPUT, DLRT_F32, 2, yShape, LINEAR_BATCH, 0},
  };
  *count = sizeof tensors / sizeof tensors[0];
  return tensors;
}

DlrtStatus linear_predict_call(void *const *buffers) {
  return linear_predict((const float *)buffers[0], (const float *)buffers[1],
                        (const float *)buffers[2], (float *)buffers[3]);
}
