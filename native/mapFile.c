/*
 * mapFile(fd, offset, length): a private, copy-on-write mapping of `length` bytes of an open file from `offset` (a
 * multiple of the page size), as an ArrayBuffer that unmaps itself when collected. Used for the part of the index
 * snapshot read at start (src/search/snapshot/mappedFile.ts): its pages are the kernel's page cache, so opening
 * a snapshot neither copies it nor touches fresh memory. Writable and private, so a view written to by mistake
 * changes a copy of the page, never the file, and never faults.
 */
#include <errno.h>
#include <node_api.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static void unmap(napi_env env, void *data, void *hint) {
  (void)env;
  munmap(data, (size_t)(uintptr_t)hint);
}

static napi_value fail(napi_env env, const char *what) {
  char message[256];
  snprintf(message, sizeof message, "mapFile: %s", what);
  napi_throw_error(env, NULL, message);
  return NULL;
}

static napi_value map_file(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  int32_t fd;
  int64_t offset, length;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 3 ||
      napi_get_value_int32(env, argv[0], &fd) != napi_ok ||
      napi_get_value_int64(env, argv[1], &offset) != napi_ok ||
      napi_get_value_int64(env, argv[2], &length) != napi_ok || fd < 0 || offset < 0 || length <= 0)
    return fail(env, "takes a descriptor, an offset and a positive length");
  void *data = mmap(NULL, (size_t)length, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, (off_t)offset);
  if (data == MAP_FAILED) return fail(env, strerror(errno));
  napi_value buffer;
  if (napi_create_external_arraybuffer(env, data, (size_t)length, unmap, (void *)(uintptr_t)length, &buffer) !=
      napi_ok) {
    munmap(data, (size_t)length);
    return fail(env, "could not wrap the mapping in an ArrayBuffer");
  }
  return buffer;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_value fn;
  if (napi_create_function(env, "mapFile", NAPI_AUTO_LENGTH, map_file, NULL, &fn) != napi_ok ||
      napi_set_named_property(env, exports, "mapFile", fn) != napi_ok)
    return NULL;
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
