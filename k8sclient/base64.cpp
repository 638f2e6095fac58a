// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/base64.h"

#include <array>
#include <cstdint>

namespace kedascope::k8s::base64 {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr int kInvalid = -1;

std::array<int, 256> makeDecodeTable()
{
    std::array<int, 256> table{};
    table.fill(kInvalid);
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = i;
    return table;
}

} // namespace

std::string encode(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t group = (static_cast<unsigned char>(bytes[i]) << 16) |
                                    (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                                    static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(group >> 18) & 63];
        out += kAlphabet[(group >> 12) & 63];
        out += kAlphabet[(group >> 6) & 63];
        out += kAlphabet[group & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const std::uint32_t group = static_cast<unsigned char>(bytes[i]) << 16;
        out += kAlphabet[(group >> 18) & 63];
        out += kAlphabet[(group >> 12) & 63];
        out += "==";
    } else if (rest == 2) {
        const std::uint32_t group =
            (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
        out += kAlphabet[(group >> 18) & 63];
        out += kAlphabet[(group >> 12) & 63];
        out += kAlphabet[(group >> 6) & 63];
        out += '=';
    }
    return out;
}

std::optional<std::string> decode(std::string_view text)
{
    static const std::array<int, 256> table = makeDecodeTable();

    std::string symbols;
    symbols.reserve(text.size());
    for (const char c : text) {
        if (c != '\r' && c != '\n')
            symbols += c;
    }
    if (symbols.size() % 4 != 0)
        return std::nullopt;

    std::string out;
    out.reserve(symbols.size() / 4 * 3);
    for (std::size_t i = 0; i < symbols.size(); i += 4) {
        const bool last = i + 4 == symbols.size();
        int padding = 0;
        std::uint32_t group = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = symbols[i + k];
            if (c == '=') {
                // Padding only at the end of the last group, never in its first two places.
                if (!last || k < 2)
                    return std::nullopt;
                ++padding;
                group <<= 6;
                continue;
            }
            if (padding > 0)
                return std::nullopt;
            const int value = table[static_cast<unsigned char>(c)];
            if (value == kInvalid)
                return std::nullopt;
            group = (group << 6) | static_cast<std::uint32_t>(value);
        }
        out += static_cast<char>((group >> 16) & 0xFF);
        if (padding < 2)
            out += static_cast<char>((group >> 8) & 0xFF);
        if (padding < 1)
            out += static_cast<char>(group & 0xFF);
    }
    return out;
}

} // namespace kedascope::k8s::base64
