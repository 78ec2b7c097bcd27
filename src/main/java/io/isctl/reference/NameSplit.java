package io.isctl.reference;

/**
 * The lenient split of {@code name:tag} or {@code name@id} that library-go's Split helpers return.
 *
 * @param name the part before the first separator (the whole input when there is none)
 * @param suffix the part after it: a tag (defaulted to {@code latest}) or an id ("" when absent)
 * @param separatorFound Go's {@code ok}: whether the separator was present at all
 */
public record NameSplit(String name, String suffix, boolean separatorFound) {}
