#!/usr/bin/env bash
# Whole-process cost of snapping (-o snap_km): imports N illustrative events in UCDP GED's columns at
# random points over Iraq's bounding box (no adm_1, so every row is placed by its point; about half
# fall outside Iraq's governorates, a few percent of them within the tolerance) into a store holding
# the real governorate polygons, first without snap_km, then twice with it. Results go in
# bench/RESULTS.md.
# Usage: bench/snap-import.sh [N (default 200000)] [KM (default 5)]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200000}
km=${2:-5}
dir=bench/target/snap
mkdir -p "$dir"
csv=$dir/illustrative-points-$n.csv
if [ ! -f "$csv" ]; then
  awk -v n="$n" 'BEGIN {
    srand(20261130)
    print "id,date_start,date_end,adm_1,latitude,longitude,where_coordinates,type_of_violence,low,best,high"
    for (i = 1; i <= n; i++) {
      printf "%d,2012-01-05,2012-01-05,,%.4f,%.4f,,1,1,1,1\n", i, 29 + rand() * 8.5, 38.5 + rand() * 10.2
    }
  }' > "$csv"
fi
db=$dir/snap.duckdb
for snap in none "$km" "$km"; do
  rm -f "$db" "$db.wal"
  ./handover import --db "$db" --theater iraq regions data/iraq/geo/iraq-governorates.geojson \
    -o name_property=name > /dev/null
  opts=()
  if [ "$snap" != none ]; then opts=(-o "snap_km=$snap"); fi
  /usr/bin/time -f "snap_km=$snap: %e s wall, %U s user, %S s system" \
    ./handover import --db "$db" --theater iraq ucdp-ged "$csv" "${opts[@]}" \
    | grep -E "rows read|note: regions|note: snapped|farther than" | cut -c1-160
done
rm -f "$db" "$db.wal"
