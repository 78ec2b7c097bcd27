package io.isctl.cli.print;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Ages as oc prints them in tables ("5 minutes ago"), after Docker's HumanDuration. */
public final class HumanTime {
  private HumanTime() {}

  /** {@code "<duration> ago"}, or "" when the timestamp is missing or unreadable. */
  public static String ago(String timestamp, Instant now) {
    if (timestamp == null || timestamp.isEmpty()) {
      return "";
    }
    try {
      return duration(Duration.between(Instant.parse(timestamp), now)) + " ago";
    } catch (DateTimeParseException e) {
      return "";
    }
  }

  static String duration(Duration d) {
    long seconds = Math.max(0, d.getSeconds());
    if (seconds < 1) {
      return "Less than a second";
    }
    if (seconds == 1) {
      return "1 second";
    }
    if (seconds < 60) {
      return seconds + " seconds";
    }
    long minutes = seconds / 60;
    if (minutes == 1) {
      return "About a minute";
    }
    if (minutes < 60) {
      return minutes + " minutes";
    }
    long hours = Math.round(seconds / 3600.0);
    if (hours == 1) {
      return "About an hour";
    }
    if (hours < 48) {
      return hours + " hours";
    }
    if (hours < 24 * 7 * 2) {
      return hours / 24 + " days";
    }
    if (hours < 24 * 30 * 2) {
      return hours / 24 / 7 + " weeks";
    }
    if (hours < 24 * 365 * 2) {
      return hours / 24 / 30 + " months";
    }
    return hours / 24 / 365 + " years";
  }
}
