#pragma once

//! `nest-bench cache`: the encrypted local cache (EncryptedCache) on this machine: write and read
//! throughput in records/s and the time to re-encrypt `records` records in a key rotation.
int runCacheBench(int records);
