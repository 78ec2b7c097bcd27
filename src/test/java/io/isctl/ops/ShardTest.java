package io.isctl.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.base.UsageException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** sync --shard: every stream in exactly one part, the same part everywhere. */
class ShardTest {

  @Test
  void nParts_holdEveryStreamExactlyOnce_andShareThemOutEvenly() {
    int parts = 4;
    int[] sizes = new int[parts];
    for (int i = 0; i < 2000; i++) {
      String name = "app-" + i;
      int holders = 0;
      for (int part = 0; part < parts; part++) {
        if (new Shard(part, parts).covers("fleet", name)) {
          holders++;
          sizes[part]++;
        }
      }
      assertThat(holders).as(name).isEqualTo(1);
    }
    for (int size : sizes) {
      assertThat(size).isBetween(400, 600);
    }
  }

  @Test
  void thePartOfAStream_isFnv1aOfNamespaceSlashName_stableAcrossRuns() {
    // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the published test vector).
    assertThat(Shard.hash("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    assertThat(Long.remainderUnsigned(Shard.hash("myproject/web"), 4))
        .isEqualTo(partOf("myproject", "web", 4));
    // A name and its namespace are not interchangeable.
    assertThat(Shard.hash("a/bc")).isNotEqualTo(Shard.hash("ab/c"));
  }

  private static int partOf(String namespace, String name, int count) {
    for (int part = 0; part < count; part++) {
      if (new Shard(part, count).covers(namespace, name)) {
        return part;
      }
    }
    throw new AssertionError("in no part");
  }

  @Test
  void parse_takesIOverN_andRefusesAnythingElse() {
    assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
    assertThat(Shard.parse("0/1")).isEqualTo(Shard.ALL);
    for (String bad :
        new String[] {"4/4", "-1/4", "1/0", "1", "1/2/3", "a/4", "/4", "1/", " 1/4"}) {
      assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(UsageException.class);
    }
  }

  @Test
  void anIndexedJob_givesThePart_bothVariablesOrNeither() {
    Map<String, String> job = new HashMap<>();
    assertThat(Shard.fromIndexedJob(job)).isEqualTo(Shard.ALL);
    job.put("JOB_COMPLETION_INDEX", "3");
    job.put("JOB_COMPLETIONS", "8");
    assertThat(Shard.fromIndexedJob(job)).isEqualTo(new Shard(3, 8));

    job.remove("JOB_COMPLETIONS");
    assertThatThrownBy(() -> Shard.fromIndexedJob(job))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("JOB_COMPLETIONS");
    job.put("JOB_COMPLETIONS", "3");
    assertThatThrownBy(() -> Shard.fromIndexedJob(job)).isInstanceOf(UsageException.class);
  }
}
