#!/usr/bin/env bash
# Builds the benchmark jar and runs JMH with settings short enough for a 2-core machine.
# Each warmup and measured iteration lasts 2 s; add JMH options after the filter to change that.
# Usage: alliance-benchmarks/run.sh [JMH regexp filter] [more JMH options]
#   alliance-benchmarks/run.sh                      # every benchmark
#   alliance-benchmarks/run.sh Construction         # only matching benchmarks
# Results: the table on standard output, JSON in alliance-benchmarks/target/jmh-result.json.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl alliance-benchmarks -am package -DskipTests
java -jar alliance-benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 2s -r 2s \
  -rf json -rff alliance-benchmarks/target/jmh-result.json "$@"
