/**
 * kubectl's selection and output languages, pure and on JSON trees: JSONPath templates ({@code -o
 * jsonpath}), custom columns, {@code --sort-by} and label selectors ({@code -l}). Each reads and
 * evaluates as kubectl (client-go, apimachinery) does, quirks included, so that what users wrote
 * for kubectl means the same here; kubectl-goldens.json in the tests holds what kubectl printed.
 * Loaded only when a command asks for one of them.
 */
package io.isctl.query;
