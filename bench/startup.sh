#!/usr/bin/env bash
# Measures the wall time of `java -jar cli/target/regiekit.jar validate FILE` in a fresh JVM,
# plain and with start-up flags, and reports min/median/mean/max in milliseconds.
#
# Usage: bench/startup.sh [FILE]
#   FILE  the document to validate; default: the demo case file, written by `regiekit demo`
#         into bench/target/startup/demo/.
# Environment: RUNS (default 10) measured runs per variant, WARMUP (default 1) runs first
# (they warm the page cache, not the JVM), JAVA (default java), TOOL=loop to use the bash loop
# even when hyperfine is installed.
#
# Uses hyperfine when it is installed (apt-get install -y hyperfine), else a bash loop with
# date +%s%N that runs the variants round robin (better on a machine shared with builds). Writes only under bench/target/startup/: an AppCDS archive trained on this very
# command, the results, and a class-loading log that shows where start-up goes (--timeline
# is always printed at the end). Build the jar first: mvn -B -pl cli -am package -DskipTests
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/cli/target/regiekit.jar"
work="$root/bench/target/startup"
runs="${RUNS:-10}"
warmup="${WARMUP:-1}"
java="${JAVA:-java}"

if [ ! -f "$jar" ]; then
  echo "startup.sh: $jar is missing; build it with: mvn -B -pl cli -am package -DskipTests" >&2
  exit 2
fi
mkdir -p "$work"

file="${1:-}"
if [ -z "$file" ]; then
  rm -rf "$work/demo"
  "$java" -jar "$jar" demo --out "$work/demo" >/dev/null
  file="$work/demo/case-file.json"
fi
if [ ! -f "$file" ]; then
  echo "startup.sh: no such file: $file" >&2
  exit 2
fi

# An AppCDS archive recorded by one run of this very command; rebuilt every time so that it
# always matches the jar (a stale archive is silently ignored with -Xshare:auto).
archive="$work/regiekit-validate.jsa"
rm -f "$archive"
"$java" -XX:ArchiveClassesAtExit="$archive" -jar "$jar" validate "$file" >/dev/null 2>&1
archive_c1="$work/regiekit-validate-c1.jsa"
rm -f "$archive_c1"
"$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$archive_c1" \
  -jar "$jar" validate "$file" >/dev/null 2>&1
# A static archive of the classes this command loads, as the launcher ./regiekit makes one (from the demo
# and a validation): unlike the dynamic ones above it holds picocli's classes (class-file version 49).
archive_static="$work/regiekit-validate-static.jsa"
rm -f "$archive_static" "$work/validate.classes"
"$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:DumpLoadedClassList="$work/validate.classes" \
  -jar "$jar" validate "$file" >/dev/null 2>&1
"$java" -XX:TieredStopAtLevel=1 -Xshare:dump -XX:SharedClassListFile="$work/validate.classes" \
  -XX:SharedArchiveFile="$archive_static" -jar "$jar" >/dev/null 2>&1

names=(
  "default"
  "no CDS (-Xshare:off)"
  "C1 only (-XX:TieredStopAtLevel=1)"
  "SerialGC"
  "C1 + SerialGC"
  "AppCDS"
  "AppCDS + C1 + SerialGC"
  "static AppCDS + C1 + SerialGC"
)
flags=(
  ""
  "-Xshare:off"
  "-XX:TieredStopAtLevel=1"
  "-XX:+UseSerialGC"
  "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  "-XX:SharedArchiveFile=$archive -Xshare:auto"
  "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile=$archive_c1 -Xshare:auto"
  "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile=$archive_static -Xshare:auto"
)

# One command line per variant; paths must not hold spaces (hyperfine -N splits on them too).
command_for() {
  echo "$java ${flags[$1]} -jar $jar validate $file"
}

# Every variant must validate the file: a failing command would time an error path.
for i in "${!names[@]}"; do
  read -r -a cmd <<<"$(command_for "$i")"
  if ! "${cmd[@]}" >/dev/null 2>&1; then
    echo "startup.sh: variant '${names[$i]}' does not validate $file (exit code not 0)" >&2
    exit 1
  fi
done

echo "# regiekit validate start-up: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $("$java" -version 2>&1 | head -1); file: $file ($(wc -c <"$file") bytes); $runs runs per variant"
printf '%-40s %8s %8s %8s %8s\n' "variant (JVM flags)" "min ms" "median" "mean" "max"

results="$work/results.txt"
: >"$results"
if [ "${TOOL:-}" != loop ] && command -v hyperfine >/dev/null 2>&1; then
  args=()
  for i in "${!names[@]}"; do
    args+=(-n "${names[$i]}" "$(command_for "$i")")
  done
  hyperfine -N --style none --warmup "$warmup" --runs "$runs" --export-json "$work/hyperfine.json" "${args[@]}" \
    >"$work/hyperfine.txt" 2>&1
  # hyperfine's JSON: one result per command, times in seconds.
  python3 - "$work/hyperfine.json" >"$results" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]:<40s} {r["min"]*1000:8.0f} {r["median"]*1000:8.0f} {r["mean"]*1000:8.0f} {r["max"]*1000:8.0f}')
EOF
else
  # Round robin: run 1 of every variant, then run 2, ..., so that a burst of load on a shared
  # machine spreads over all variants instead of spoiling one.
  for i in "${!names[@]}"; do
    read -r -a cmd <<<"$(command_for "$i")"
    for ((w = 0; w < warmup; w++)); do "${cmd[@]}" >/dev/null 2>&1; done
    : >"$work/times-$i.txt"
  done
  for ((r = 0; r < runs; r++)); do
    for i in "${!names[@]}"; do
      read -r -a cmd <<<"$(command_for "$i")"
      start=$(date +%s%N)
      "${cmd[@]}" >/dev/null 2>&1
      end=$(date +%s%N)
      echo $(((end - start) / 1000000)) >>"$work/times-$i.txt"
    done
  done
  for i in "${!names[@]}"; do
    sort -n "$work/times-$i.txt" | awk -v name="${names[$i]}" '
      { t[NR] = $1; sum += $1 }
      END {
        median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
        printf "%-40s %8d %8d %8d %8d\n", name, t[1], median, sum / NR, t[NR]
      }' >>"$results"
  done
fi
cat "$results"

# Where the time goes in one plain run: the JVM's uptime when the first and the last class of
# each library was loaded, and how many classes each loaded. Class loading is a proxy for the
# phases: CLI set-up (picocli), the Jackson mapper, the schemas (networknt), the Hibernate
# Validator factory, then the first validation, which builds the deserializers and the
# validator's metadata and runs everything once in the interpreter.
log="$work/class-load.log"
rm -f "$log"*
"$java" -Xlog:class+load:file="$log":uptime -jar "$jar" validate "$file" >/dev/null 2>&1
echo
echo "# classes loaded in one plain run, by library (JVM uptime in seconds)"
awk '
  {
    t = substr($1, 2, length($1) - 3) + 0; c = $2; g = "JDK";
    if (c ~ /^picocli/) g = "picocli (CLI)";
    else if (c ~ /^nl\.regiekit/) g = "regiekit";
    else if (c ~ /^com\.networknt|^com\.ethlo/) g = "networknt (JSON Schema)";
    else if (c ~ /^org\.hibernate|^org\.jboss|^jakarta\.validation|^org\.glassfish|^com\.fasterxml\.classmate/) g = "Hibernate Validator";
    else if (c ~ /^tools\.jackson|^com\.fasterxml\.jackson/) g = "Jackson";
    else if (c ~ /LambdaForm|\$\$Lambda|GeneratedMethodAccessor|GeneratedConstructorAccessor|\$Proxy/) g = "JDK (generated at run time)";
    if (!(g in n)) { first[g] = t; order[++k] = g }
    n[g]++; last[g] = t; end = t
  }
  END {
    printf "%-30s %8s %8s %8s\n", "library", "classes", "first", "last";
    for (i = 1; i <= k; i++) printf "%-30s %8d %8.3f %8.3f\n", order[i], n[order[i]], first[order[i]], last[order[i]];
    printf "%-30s %8d %17.3f\n", "total (last class loaded)", NR, end
  }' "$log"
