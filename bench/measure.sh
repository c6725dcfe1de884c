# Sourced by bench/run.sh and each bench/*_bench.sh (so a part can also run alone).
#
# measure [--runs N] [--vs BASE] NAME COMMAND...
#   runs COMMAND under /usr/bin/time and prints one table row: wall time and peak
#   memory (maximum resident set). With --runs N it runs N times and shows the median
#   wall time and the largest peak memory (targets are judged on the median, so one
#   hiccup of the machine does not decide). With --vs, the row also gets the
#   wall-time ratio to the row named BASE, measured earlier in the same table.
#   The command's own output goes to $WORK/last.log.
measure() {
  local base="" runs=1
  while :; do
    case $1 in
      --vs) base=$2; shift 2 ;;
      --runs) runs=$2; shift 2 ;;
      *) break ;;
    esac
  done
  local name=$1; shift
  local walls=() peak=0 t wall mib ratio="" k
  for ((k = 0; k < runs; k++)); do
    if ! /usr/bin/time -o "$WORK/time.txt" -f "%e %M" "$@" > "$WORK/last.log" 2>&1; then
      printf "%-44s   failed: %s\n" "$name" "$(tail -1 "$WORK/last.log")"
      return 0
    fi
    t=$(tail -1 "$WORK/time.txt")
    walls+=("${t%% *}")
    [ "${t##* }" -gt "$peak" ] && peak=${t##* }
  done
  wall=$(printf "%s\n" "${walls[@]}" | sort -n | awk '{w[NR] = $1} END {print w[int((NR + 1) / 2)]}')
  mib=$(awk -v k="$peak" 'BEGIN{printf "%.1f", k/1024}')
  printf "%s\t%s\t%s\n" "$name" "$wall" "$mib" >> "$WORK/rows.tsv"
  if [ -n "$base" ]; then
    ratio=$(awk -F'\t' -v b="$base" -v w="$wall" '$1 == b && $2 > 0 {r = sprintf("%.1fx", w / $2)} END {print r}' \
      "$WORK/rows.tsv")
  fi
  printf "%-44s %8s s %9s MiB %9s%s\n" "$name" "$wall" "$mib" "$ratio" \
    "$([ "$runs" -gt 1 ] && echo "  (median of $runs)")"
}
