#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 20).
# Skips cleanly, with a message, when clang is not installed.
set -euo pipefail
seconds="${1:-20}"
cd "$(dirname "$0")/../.."
if ! command -v clang++ >/dev/null; then
    echo "fuzz: clang++ not installed; skipping the fuzz targets"
    exit 0
fi
targets=(fuzz_jwt fuzz_httpparser fuzz_streammessage fuzz_streamdecoder fuzz_cacherecord)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"
for t in "${targets[@]}"; do
    corpus="build/fuzz/corpus/$t"
    mkdir -p "$corpus"
    cp -n tests/fuzz/seeds/"$t"/* "$corpus"/ 2>/dev/null || true
    echo "fuzz: $t for ${seconds}s"
    "build/fuzz/tests/fuzz/$t" -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=2048 \
        -print_final_stats=1 "$corpus" 2>&1 | tail -4
done
