# Sourced by bench/run.sh and each bench/*_bench.sh (so a part can also run alone).
#
# measure [--runs N] [--vs BASE] NAME COMMAND...
#   runs COMMAND under /usr/bin/time and prints one table row: wall time, peak
#   memory (maximum resident set) and CPU time (user + system of all threads; on a
#   machine shared with other work this is the steadier figure). With --runs N it runs N times and shows the median
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
  local walls=() cpus=() peak=0 t wall cpu mib ratio="" k
  for ((k = 0; k < runs; k++)); do
    if ! /usr/bin/time -o "$WORK/time.txt" -f "%e %M %U %S" "$@" > "$WORK/last.log" 2>&1; then
      printf "%-44s   failed: %s\n" "$name" "$(tail -1 "$WORK/last.log")"
      return 0
    fi
    read -r -a t < <(tail -1 "$WORK/time.txt")
    walls+=("${t[0]}")
    cpus+=("$(awk -v u="${t[2]}" -v s="${t[3]}" 'BEGIN{printf "%.2f", u + s}')")
    [ "${t[1]}" -gt "$peak" ] && peak=${t[1]}
  done
  median() { sort -n | awk '{w[NR] = $1} END {print w[int((NR + 1) / 2)]}'; }
  wall=$(printf "%s\n" "${walls[@]}" | median)
  cpu=$(printf "%s\n" "${cpus[@]}" | median)
  mib=$(awk -v k="$peak" 'BEGIN{printf "%.1f", k/1024}')
  printf "%s\t%s\t%s\t%s\n" "$name" "$wall" "$mib" "$cpu" >> "$WORK/rows.tsv"
  if [ -n "$base" ]; then
    # Wall time, and CPU time (user + system, all threads), against the base row.
    ratio=$(awk -F'\t' -v b="$base" -v w="$wall" -v c="$cpu" \
      '$1 == b && $2 > 0 && $4 > 0 {r = sprintf("%.2fx  cpu %.2fx", w / $2, c / $4)} END {print r}' "$WORK/rows.tsv")
  fi
  printf "%-44s %8s s %9s MiB %7s s  %s%s\n" "$name" "$wall" "$mib" "$cpu" "$ratio" \
    "$([ "$runs" -gt 1 ] && echo "  (median of $runs)")"
}
