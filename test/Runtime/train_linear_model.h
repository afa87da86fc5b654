/* train_linear_model.h - a hand-written "compiled" model for the trainer
 * tests. SPDX-License-Identifier: Apache-2.0
 *
 * Linear regression pred = x w + b with x [LINEAR_BATCH, 3], trained on the
 * mean squared error by SGD with momentum, written out in C behind exactly
 * the interface a header from `dlc --aot` gives a model after
 * `dl-train-step` (docs/aot.md, docs/training.md): per entry point a
 * function taking one pointer per tensor, a DlrtTensorSpec table and a
 * `_call` wrapper. The entries are linear_train_step, linear_eval_step
 * (loss and accuracy: the fraction of samples predicted within 0.1) and
 * linear_predict. */

#ifndef DL_TEST_RUNTIME_TRAIN_LINEAR_MODEL_H
#define DL_TEST_RUNTIME_TRAIN_LINEAR_MODEL_H

#include "dl/runtime/runtime.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LINEAR_BATCH 4
#define LINEAR_FEATURES 3
/* Learning rate and momentum of the train step. */
#define LINEAR_LEARNING_RATE 0.1f
#define LINEAR_MOMENTUM 0.5f

/* Train step: x, w [3, 1], b [1], labels [4, 1], momentum.w, momentum.b,
   optimizer.iterations (i64 scalar); parameters and state updated in
   place; returns loss. */
DlrtStatus linear_train_step(const float *x, float *w, float *b,
                             const float *labels, float *momentum_w,
                             float *momentum_b, int64_t *iterations,
                             float *loss);
const DlrtTensorSpec *linear_train_step_tensors(size_t *count);
DlrtStatus linear_train_step_call(void *const *buffers);

/* Eval step: x, w, b, labels; returns loss, accuracy. */
DlrtStatus linear_eval_step(const float *x, const float *w, const float *b,
                            const float *labels, float *loss,
                            float *accuracy);
const DlrtTensorSpec *linear_eval_step_tensors(size_t *count);
DlrtStatus linear_eval_step_call(void *const *buffers);

/* Predict: x, w, b; returns y [4, 1]. */
DlrtStatus linear_predict(const float *x, const float *w, const float *b,
                          float *y);
const DlrtTensorSpec *linear_predict_tensors(size_t *count);
DlrtStatus linear_predict_call(void *const *buffers);

/* Test hooks, not part of the ABI: called by the train step with its batch
   of features before it updates anything, and a status the train step
   returns instead of running when linear_train_fail is not DLRT_OK. */
extern void (*linear_train_hook)(const float *x, void *context);
extern void *linear_train_hook_context;
extern DlrtStatus linear_train_fail;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* DL_TEST_RUNTIME_TRAIN_LINEAR_MODEL_H */
