/* aot-runner.c - runs one entry point of an AOT-compiled model on tensors
 * bound by name from safetensors files, like `dlc run`, so tests can compare
 * the two bit for bit.
 *
 *   cc -include model.h -DDL_ENTRY=<model>_<function> aot-runner.c model.o
 *   ./a.out IN.safetensors... -o OUT.safetensors
 *
 * Only the runtime's C API and the header's generic interface are used,
 * as a C application would. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DL_CONCAT2(a, b) a##b
#define DL_CONCAT(a, b) DL_CONCAT2(a, b)

static int fail(const char *what) {
  fprintf(stderr, "aot-runner: %s: %s\n", what, dlrtLastErrorMessage());
  return 1;
}

int main(int argc, char **argv) {
  const char *outputPath = NULL;
  DlrtTensorFile **files = calloc((size_t)argc, sizeof(DlrtTensorFile *));
  size_t fileCount = 0;
  for (int i = 1; i < argc; ++i) {
    if (!strcmp(argv[i], "-o") && i + 1 < argc) {
      outputPath = argv[++i];
      continue;
    }
    if (dlrtTensorFileOpen(argv[i], &files[fileCount]) != DLRT_OK)
      return fail(argv[i]);
    ++fileCount;
  }
  if (!outputPath) {
    fprintf(stderr, "usage: aot-runner IN.safetensors... -o OUT.safetensors\n");
    return 2;
  }

  size_t count = 0;
  const DlrtTensorSpec *specs = DL_CONCAT(DL_ENTRY, _tensors)(&count);
  void **buffers = calloc(count + 1, sizeof(void *));
  DlrtTensorView *outputs = calloc(count + 1, sizeof(DlrtTensorView));
  size_t outputCount = 0;
  for (size_t i = 0; i < count; ++i) {
    const DlrtTensorSpec *spec = &specs[i];
    size_t bytes = (size_t)spec->size * dlrtDTypeSize(spec->dtype);
    if (spec->role == DLRT_OUTPUT) {
      buffers[i] = dlrtAlignedAlloc(bytes ? bytes : 1, DLRT_DEFAULT_ALIGNMENT);
      if (!buffers[i])
        return fail("out of memory");
      memset(buffers[i], 0, bytes);
      DlrtTensorView view = {spec->name, spec->dtype, spec->rank, spec->shape,
                             buffers[i], bytes};
      outputs[outputCount++] = view;
      continue;
    }
    DlrtStatus status = DLRT_ERROR_NOT_FOUND;
    const void *data = NULL;
    for (size_t f = 0; f < fileCount && status == DLRT_ERROR_NOT_FOUND; ++f)
      status = dlrtTensorFileBind(files[f], spec->name, spec->dtype,
                                  spec->rank, spec->shape, &data);
    if (status != DLRT_OK)
      return fail(spec->name);
    buffers[i] = (void *)data;
    if (spec->updatedInPlace) {
      /* The entry writes it: give it a buffer of its own, and write it out
         with the outputs, as dlc run does. */
      buffers[i] = dlrtAlignedAlloc(bytes ? bytes : 1, DLRT_DEFAULT_ALIGNMENT);
      if (!buffers[i])
        return fail("out of memory");
      memcpy(buffers[i], data, bytes);
      DlrtTensorView view = {spec->name, spec->dtype, spec->rank, spec->shape,
                             buffers[i], bytes};
      outputs[outputCount++] = view;
    }
  }

  DlrtStatus status = DL_CONCAT(DL_ENTRY, _call)(buffers);
  if (status != DLRT_OK) {
    fprintf(stderr, "aot-runner: the model returned %s\n", dlrtStatusName(status));
    return 1;
  }
  if (dlrtTensorFileWrite(outputPath, outputs, outputCount) != DLRT_OK)
    return fail(outputPath);

  for (size_t i = 0; i < count; ++i)
    if (specs[i].role == DLRT_OUTPUT || specs[i].updatedInPlace)
      dlrtAlignedFree(buffers[i]);
  for (size_t f = 0; f < fileCount; ++f)
    dlrtTensorFileClose(files[f]);
  free(files);
  free(buffers);
  free(outputs);
  return 0;
}
