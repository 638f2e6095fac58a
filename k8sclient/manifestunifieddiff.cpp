// SPDX-License-Identifier: Apache-2.0
// unifiedDiff() of manifestdiff.h: Myers' O(ND) shortest edit script over lines, printed as hunks.
#include "k8sclient/manifestdiff.h"

#include <algorithm>
#include <string_view>

namespace kedascope::k8s {

namespace {

enum class Op { Keep, Remove, Insert };

struct Edit
{
    Op op;
    int before; // line index in `before` (Keep, Remove)
    int after;  // line index in `after` (Keep, Insert)
};

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::vector<Edit> shortestEdit(const std::vector<std::string_view> &a, const std::vector<std::string_view> &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    const int offset = max + 1;
    std::vector<int> v(std::size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    bool done = false;
    for (int d = 0; d <= max && !done; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[std::size_t(offset + k - 1)] < v[std::size_t(offset + k + 1)]))
                        ? v[std::size_t(offset + k + 1)]
                        : v[std::size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[std::size_t(x)] == b[std::size_t(y)]) {
                ++x;
                ++y;
            }
            v[std::size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
    }
    std::vector<Edit> edits;
    int x = n;
    int y = m;
    for (int d = int(trace.size()) - 1; d >= 0; --d) {
        const std::vector<int> &row = trace[std::size_t(d)];
        const int k = x - y;
        const int previousK =
            (k == -d || (k != d && row[std::size_t(offset + k - 1)] < row[std::size_t(offset + k + 1)])) ? k + 1
                                                                                                        : k - 1;
        const int previousX = row[std::size_t(offset + previousK)];
        const int previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            --x;
            --y;
            edits.push_back({Op::Keep, x, y});
        }
        if (d > 0) {
            if (x == previousX)
                edits.push_back({Op::Insert, x, previousY});
            else
                edits.push_back({Op::Remove, previousX, y});
        }
        x = previousX;
        y = previousY;
    }
    std::reverse(edits.begin(), edits.end());
    return edits;
}

std::string range(int start, int length)
{
    // A hunk with no lines on one side names the line before it.
    const int first = length == 0 ? start : start + 1;
    return length == 1 ? std::to_string(first) : std::to_string(first) + ',' + std::to_string(length);
}

} // namespace

std::string unifiedDiff(const std::string &before, const std::string &after, const std::string &beforeName,
                        const std::string &afterName, int context)
{
    const auto a = splitLines(before);
    const auto b = splitLines(after);
    const std::vector<Edit> edits = shortestEdit(a, b);
    if (std::all_of(edits.begin(), edits.end(), [](const Edit &e) { return e.op == Op::Keep; }))
        return {};
    std::string out = "--- " + beforeName + "\n+++ " + afterName + '\n';
    std::size_t i = 0;
    const std::size_t count = edits.size();
    while (i < count) {
        while (i < count && edits[i].op == Op::Keep)
            ++i;
        if (i >= count)
            break;
        std::size_t start = i >= std::size_t(context) ? i - std::size_t(context) : 0;
        std::size_t end = i;
        // Extend over changes closer than two contexts apart.
        std::size_t keepRun = 0;
        for (std::size_t j = i; j < count; ++j) {
            if (edits[j].op == Op::Keep) {
                if (++keepRun > std::size_t(2 * context))
                    break;
            } else {
                keepRun = 0;
                end = j;
            }
        }
        end = std::min(count - 1, end + std::size_t(context));
        int beforeStart = -1, afterStart = -1, beforeLength = 0, afterLength = 0;
        std::string body;
        for (std::size_t j = start; j <= end; ++j) {
            const Edit &e = edits[j];
            if (beforeStart < 0)
                beforeStart = e.before, afterStart = e.after;
            switch (e.op) {
            case Op::Keep:
                body += ' ' + std::string(a[std::size_t(e.before)]) + '\n';
                ++beforeLength;
                ++afterLength;
                break;
            case Op::Remove:
                body += '-' + std::string(a[std::size_t(e.before)]) + '\n';
                ++beforeLength;
                break;
            case Op::Insert:
                body += '+' + std::string(b[std::size_t(e.after)]) + '\n';
                ++afterLength;
                break;
            }
        }
        out += "@@ -" + range(beforeStart, beforeLength) + " +" + range(afterStart, afterLength) + " @@\n" + body;
        i = end + 1;
    }
    return out;
}

} // namespace kedascope::k8s
