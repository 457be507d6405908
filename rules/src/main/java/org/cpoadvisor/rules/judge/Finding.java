package org.cpoadvisor.rules.judge;

import java.util.List;

/** A finding of the rules: a stable id, a severity, what it is about, a message and the reasons. */
public final class Finding extends Explained {
    private final String id;
    private final String severity;
    private final String subject;
    private final String message;
    private final List<String> reasons;

    public Finding(String id, String severity, String subject, String message, List<String> reasons) {
        this.id = id;
        this.severity = severity;
        this.subject = subject;
        this.message = message;
        this.reasons = List.copyOf(reasons);
    }

    public String getId() { return id; }
    public String getSeverity() { return severity; }
    public String getSubject() { return subject; }
    public String getMessage() { return message; }
    public List<String> getReasons() { return reasons; }

    @Override
    public String toString() {
        return "finding " + id + " on " + subject;
    }
}
