package io.isctl.cli.spec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's binary form, read with {@link DataInputStream}, which costs less at start-up than any
 * text format's parser. Each subcommand is stored as its names, whether it is hidden, and a
 * length-prefixed block, decoded only when asked for: a run needs one command, and completing a
 * command's name needs only the names.
 */
final class CommandModelCodec {
  private static final int VERSION = 3;

  private CommandModelCodec() {}

  static void write(CommandModel root, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(VERSION);
    writeCommand(out, root);
    out.flush();
  }

  static CommandModel read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("command model version " + version + ", expected " + VERSION);
    }
    return readCommand(in);
  }

  private static void writeCommand(DataOutputStream out, CommandModel command) throws IOException {
    out.writeUTF(command.type());
    out.writeUTF(command.name());
    writeStrings(out, command.aliases());
    writeNullable(out, command.versionProvider());
    out.writeInt(command.usage().size());
    for (UsageAttribute attribute : command.usage()) {
      out.writeUTF(attribute.name());
      writeStrings(out, attribute.values());
    }
    writeStrings(out, command.specFields());
    out.writeInt(command.mixins().size());
    for (MixinModel mixin : command.mixins()) {
      out.writeUTF(mixin.name());
      writeNullable(out, mixin.type());
      out.writeInt(mixin.position());
      writeArgs(out, mixin.args());
    }
    writeArgs(out, command.args());
    out.writeInt(command.subcommands().size());
    for (CommandModel subcommand : command.subcommands()) {
      out.writeUTF(subcommand.name());
      writeStrings(out, subcommand.aliases());
      out.writeBoolean(subcommand.hidden());
      ByteArrayOutputStream block = new ByteArrayOutputStream();
      DataOutputStream blockOut = new DataOutputStream(block);
      writeCommand(blockOut, subcommand);
      blockOut.flush();
      out.writeInt(block.size());
      block.writeTo(out);
    }
  }

  private static CommandModel readCommand(DataInputStream in) throws IOException {
    String type = in.readUTF();
    String name = in.readUTF();
    List<String> aliases = readStrings(in);
    String versionProvider = readNullable(in);
    int attributes = in.readInt();
    List<UsageAttribute> usage = new ArrayList<>(attributes);
    for (int i = 0; i < attributes; i++) {
      usage.add(new UsageAttribute(in.readUTF(), readStrings(in)));
    }
    List<String> specFields = readStrings(in);
    int mixinCount = in.readInt();
    List<MixinModel> mixins = new ArrayList<>(mixinCount);
    for (int i = 0; i < mixinCount; i++) {
      mixins.add(new MixinModel(in.readUTF(), readNullable(in), in.readInt(), readArgs(in)));
    }
    List<ArgModel> args = readArgs(in);
    int subcommandCount = in.readInt();
    List<LazyCommands.Entry> subcommands = new ArrayList<>(subcommandCount);
    for (int i = 0; i < subcommandCount; i++) {
      String subcommand = in.readUTF();
      List<String> subcommandAliases = readStrings(in);
      boolean hidden = in.readBoolean();
      byte[] block = new byte[in.readInt()];
      in.readFully(block);
      subcommands.add(new LazyCommands.Entry(subcommand, subcommandAliases, hidden, block));
    }
    return new CommandModel(
        type,
        name,
        aliases,
        versionProvider,
        usage,
        specFields,
        mixins,
        args,
        new LazyCommands(subcommands));
  }

  /** A subcommand's block. */
  static CommandModel readBlock(byte[] block) {
    try {
      return readCommand(new DataInputStream(new ByteArrayInputStream(block)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the command model is damaged (rebuild the project): " + e.getMessage(), e);
    }
  }

  private static void writeArgs(DataOutputStream out, List<ArgModel> args) throws IOException {
    out.writeInt(args.size());
    for (ArgModel arg : args) {
      writeNullable(out, arg.field());
      writeStrings(out, arg.names());
      writeNullable(out, arg.index());
      writeStrings(out, arg.description());
      writeNullable(out, arg.descriptionKey());
      writeNullable(out, arg.paramLabel());
      out.writeBoolean(arg.hideParamSyntax());
      out.writeUTF(arg.arity());
      out.writeBoolean(arg.arityUnspecified());
      out.writeUTF(arg.type());
      writeStrings(out, arg.auxiliaryTypes());
      writeStrings(out, arg.converters());
      writeNullable(out, arg.preprocessor());
      writeNullable(out, arg.completionCandidates());
      writeNullable(out, arg.defaultValue());
      writeNullable(out, arg.fallbackValue());
      writeNullable(out, arg.mapFallbackValue());
      writeNullable(out, arg.splitRegex());
      writeNullable(out, arg.splitRegexSynopsisLabel());
      writeNullable(out, arg.showDefaultValue());
      out.writeBoolean(arg.hidden());
      out.writeBoolean(arg.required());
      out.writeBoolean(arg.usageHelp());
      out.writeBoolean(arg.versionHelp());
      out.writeInt(arg.order());
    }
  }

  private static List<ArgModel> readArgs(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<ArgModel> args = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      args.add(
          new ArgModel(
              readNullable(in),
              readStrings(in),
              readNullable(in),
              readStrings(in),
              readNullable(in),
              readNullable(in),
              in.readBoolean(),
              in.readUTF(),
              in.readBoolean(),
              in.readUTF(),
              readStrings(in),
              readStrings(in),
              readNullable(in),
              readNullable(in),
              readNullable(in),
              readNullable(in),
              readNullable(in),
              readNullable(in),
              readNullable(in),
              readNullable(in),
              in.readBoolean(),
              in.readBoolean(),
              in.readBoolean(),
              in.readBoolean(),
              in.readInt()));
    }
    return args;
  }

  private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      out.writeUTF(value);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(in.readUTF());
    }
    return values;
  }

  private static void writeNullable(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
