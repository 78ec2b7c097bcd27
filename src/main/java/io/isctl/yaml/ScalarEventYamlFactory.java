package io.isctl.yaml;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A YAMLFactory whose parsers report every scalar as text and expose the YAML event behind each
 * token, so that scalars can be typed by yaml.v2's rules (which need the quoting style) instead of
 * Jackson's, and anchors and aliases can be resolved.
 */
final class ScalarEventYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  ScalarEventYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) {
    return new EventParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, r);
  }

  @Override
  protected YAMLParser _createParser(
      char[] data, int offset, int len, IOContext ctxt, boolean recyclable) {
    return _createParser(new CharArrayReader(data, offset, len), ctxt);
  }

  /** A parser that leaves scalar typing to the caller. */
  static final class EventParser extends YAMLParser {
    EventParser(
        IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options, Reader r) {
      super(ctxt, parserFeatures, yamlFeatures, options, null, r);
    }

    /** The YAML event that produced the current token. */
    Event lastEvent() {
      return _lastEvent;
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      _textValue = scalar.getValue();
      _cleanedTextValue = null;
      return JsonToken.VALUE_STRING;
    }
  }
}
