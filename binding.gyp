{
  "targets": [
    {
      "target_name": "newsdesk_map",
      "sources": ["native/mapFile.c"],
      "cflags": ["-O2", "-Wall", "-Wextra"]
    }
  ]
}
