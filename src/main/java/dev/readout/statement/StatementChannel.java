package dev.readout.statement;

/** Where a quotation was said or written, as GUIDELINES.md names the channels. */
public enum StatementChannel { STATEMENT, TWEET, INTERVIEW, BRIEFING, TESTIMONY, SPEECH, OTHER }
