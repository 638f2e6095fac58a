// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kedascope::k8s::prom {

struct Label
{
    std::string name;
    std::string value; // unescaped
    bool operator==(const Label &other) const { return name == other.name && value == other.value; }
};

// One sample line. Histogram and summary series come as their plain samples (`_bucket` with `le`,
// `_sum`, `_count`, quantiles with `quantile`).
struct Sample
{
    std::string name;
    std::vector<Label> labels; // in the order written
    double value = 0;          // NaN, +Inf and -Inf as written
    std::optional<int64_t> timestampMs;

    // The label's value, or nullptr when the sample has no such label.
    const std::string *label(std::string_view labelName) const;
};

// What the # HELP and # TYPE lines say about one metric family.
struct Family
{
    std::string name;
    std::string help; // unescaped
    std::string type; // counter, gauge, histogram, summary, untyped; empty when no TYPE line
};

struct ParsedText
{
    std::vector<Sample> samples;
    std::vector<Family> families; // in order of first mention
    const Family *family(std::string_view name) const;
};

struct ParseOptions
{
    // Samples whose metric name this returns false for are skipped without decoding their labels.
    std::function<bool(std::string_view metricName)> keep;
};

// Parses Prometheus' text exposition format (version 0.0.4). Errors are Error::Kind::Decode with
// "line N: what" in the message.
Result<ParsedText> parseText(std::string_view text, const ParseOptions &options = {});

// The family a sample belongs to: its name without _bucket/_sum/_count/_total/_created when the
// shorter name is a declared histogram, summary or counter family.
std::string_view familyName(const ParsedText &parsed, std::string_view sampleName);

} // namespace kedascope::k8s::prom
