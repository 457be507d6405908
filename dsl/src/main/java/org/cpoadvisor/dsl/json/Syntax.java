package org.cpoadvisor.dsl.json;

/** The two document syntaxes an architecture may be written in besides the language: JSON and YAML. */
public enum Syntax { JSON, YAML }
