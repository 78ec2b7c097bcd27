package io.isctl.cli.spec;

import java.util.List;

/**
 * A mixin of a command: a {@code @Mixin} field, or picocli's standard help options.
 *
 * @param name the mixin's name (the field's name, or picocli's key for the standard help options)
 * @param type the mixin's class; null for the standard help options, which bind to nothing of ours
 * @param position how many of the command's own args picocli had added before this mixin's (keeps
 *     their order)
 */
record MixinModel(String name, String type, int position, List<ArgModel> args) {}
