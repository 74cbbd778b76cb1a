package org.handover.bench.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes an illustrative event file in UCDP GED's 49 CSV columns (codebook names), for import
 * benchmarks. Deterministic for a given seed. Mix: half the adm_1 names carry UCDP's " province"
 * suffix; {@value #MULTI_DAY_PERCENT}% of events span 1-30 days; {@value #UNKNOWN_PER_MILLE} per
 * mille have one of 20 adm_1 names no region has (placed by point in polygon); {@value
 * #BAD_PER_MILLION} per million have an impossible date (rejected).
 */
public final class UcdpGedGenerator {
  static final int MULTI_DAY_PERCENT = 3;
  static final int UNKNOWN_PER_MILLE = 1;
  static final int BAD_PER_MILLION = 10;
  static final String HEADER =
      "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,"
          + "conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,"
          + "side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,"
          + "where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,"
          + "region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,"
          + "low,gwnoa,gwnob";

  private UcdpGedGenerator() {}

  public static void write(Path out, long events, SyntheticTheater theater, long seed)
      throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long firstDay = LocalDate.of(1989, 1, 1).toEpochDay();
    int days = (int) (LocalDate.of(2023, 12, 31).toEpochDay() - firstDay);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      StringBuilder s = new StringBuilder(512);
      for (long id = 1; id <= events; id++) {
        s.setLength(0);
        int region = random.nextInt(theater.size());
        double[] point = theater.pointIn(region, random);
        LocalDate start = LocalDate.ofEpochDay(firstDay + random.nextInt(days));
        LocalDate end =
            random.nextInt(100) < MULTI_DAY_PERCENT
                ? start.plusDays(1 + random.nextInt(30))
                : start;
        int tov = 1 + random.nextInt(3);
        int low = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(4);
        int best = low + random.nextInt(3);
        int high = best + random.nextInt(5);
        String name = theater.names().get(region);
        String adm1 =
            random.nextInt(1000) < UNKNOWN_PER_MILLE
                ? "Unmapped area " + (region % 20)
                : random.nextBoolean() ? name + " province" : name;
        String startText =
            random.nextInt(1_000_000) < BAD_PER_MILLION
                ? start.getYear() + "-13-45"
                : start.toString();
        String conflict = "Country " + (region % 40) + ": Government";
        s.append(id)
            .append(",X-")
            .append(start.getYear())
            .append('-')
            .append(tov)
            .append('-')
            .append(id)
            .append(',')
            .append(start.getYear())
            .append(",1,Clear,")
            .append(tov)
            .append(',')
            .append(region % 400)
            .append(',')
            .append(region % 400)
            .append(',')
            .append(conflict)
            .append(',')
            .append(region % 900)
            .append(',')
            .append(region % 900)
            .append(",Government of Country ")
            .append(region % 40)
            .append(" - Group ")
            .append(region % 97)
            .append(',')
            .append(region % 40)
            .append(',')
            .append(region % 40)
            .append(",Government of Country ")
            .append(region % 40)
            .append(',')
            .append(500 + region % 97)
            .append(',')
            .append(500 + region % 97)
            .append(",Group ")
            .append(region % 97)
            .append(',')
            .append(1 + random.nextInt(5))
            .append(",\"Agency ")
            .append(start)
            .append(", report on clashes\",,,,,")
            .append(1 + random.nextInt(6))
            .append(",Place ")
            .append(id % 50_000)
            .append(",Place ")
            .append(id % 50_000)
            .append(" village,")
            .append(adm1)
            .append(",District ")
            .append(region % 97)
            .append(',')
            .append(point[0])
            .append(',')
            .append(point[1])
            .append(",POINT (")
            .append(point[1])
            .append(' ')
            .append(point[0])
            .append("),")
            .append(100_000 + region)
            .append(",Country ")
            .append(region % 40)
            .append(',')
            .append(region % 40)
            .append(",Synthetic,1,1,")
            .append(startText)
            .append(',')
            .append(end)
            .append(',')
            .append(best / 2)
            .append(',')
            .append(best / 4)
            .append(',')
            .append(best - best / 2 - best / 4)
            .append(",0,")
            .append(best)
            .append(',')
            .append(high)
            .append(',')
            .append(low)
            .append(',')
            .append(region % 40)
            .append(",\n");
        w.append(s);
      }
    }
  }
}
