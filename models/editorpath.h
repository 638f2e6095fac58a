// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace kedascope::models {

// A field of a manifest as the API server names it in its causes: "spec.triggers[0].metadata.host".
// Keys that hold a dot or a slash are written in brackets, as k8sclient's canonicalFieldPath() does:
// metadata.annotations[autoscaling.keda.sh/paused]; ["quoted"] keys are read too.
class FieldPath
{
public:
    using Segment = std::variant<QString, int>; // an object key or an array index

    FieldPath() = default;
    // Accepts both "a.b[0].c" and a leading dot; std::nullopt when the text is not a path.
    static std::optional<FieldPath> parse(const QString &text);

    FieldPath key(const QString &name) const;
    FieldPath index(int position) const;
    FieldPath parent() const;
    FieldPath operator+(const FieldPath &tail) const;

    const std::vector<Segment> &segments() const { return m_segments; }
    bool isEmpty() const { return m_segments.empty(); }
    int size() const { return int(m_segments.size()); }
    bool startsWith(const FieldPath &prefix) const;
    QString toString() const;
    bool operator==(const FieldPath &other) const { return m_segments == other.m_segments; }
    bool operator!=(const FieldPath &other) const { return !(*this == other); }

private:
    std::vector<Segment> m_segments;
};

// Shorthand for a path written in code: path("spec.fallback.replicas").
FieldPath path(const QString &text);

} // namespace kedascope::models
