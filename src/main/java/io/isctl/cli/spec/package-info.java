/**
 * The command line's picocli model, written at build time instead of read from annotations at every
 * start. Reading annotations costs a dynamic proxy class per annotation type and reflection over
 * every command: about a third of a short command's run. {@link
 * io.isctl.cli.spec.CommandModelGenerator} lets picocli read the annotated commands when the
 * project is built and writes what it built as a class; {@link io.isctl.cli.spec.SpecAssembler}
 * rebuilds the specs of the commands a run needs from it, bound to the same fields. The annotations
 * stay the one source.
 */
package io.isctl.cli.spec;
