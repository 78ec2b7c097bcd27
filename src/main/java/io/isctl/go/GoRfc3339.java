package io.isctl.go;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Go's {@code time.Time.Format(time.RFC3339)} of a UTC time, to the second ({@code
 * 2006-01-02T15:04:05Z}), as Kubernetes writes {@code metav1.Time}. Written out rather than through
 * {@code DateTimeFormatter}, whose set-up costs a short command several milliseconds.
 */
public final class GoRfc3339 {
  private GoRfc3339() {}

  /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: years of four digits lie between. */
  private static final long FIRST = -62_167_219_200L;

  private static final long BEYOND = 253_402_300_800L;

  public static String utcSeconds(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST || seconds >= BEYOND) {
      // What DateTimeFormatter.ISO_INSTANT prints (a sign, more digits).
      return Instant.ofEpochSecond(seconds).toString();
    }
    LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    int year = time.getYear();
    char[] text = new char[20];
    put(text, 0, year, 4);
    text[4] = '-';
    put(text, 5, time.getMonthValue(), 2);
    text[7] = '-';
    put(text, 8, time.getDayOfMonth(), 2);
    text[10] = 'T';
    put(text, 11, time.getHour(), 2);
    text[13] = ':';
    put(text, 14, time.getMinute(), 2);
    text[16] = ':';
    put(text, 17, time.getSecond(), 2);
    text[19] = 'Z';
    return new String(text);
  }

  private static void put(char[] text, int at, int value, int digits) {
    for (int i = at + digits - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
