// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/gzip.h"

#include <zlib.h>

namespace kedascope::k8s {

std::optional<std::string> gunzip(std::string_view compressed)
{
    z_stream stream{};
    // 15 window bits + 32: detect gzip or zlib headers automatically.
    if (inflateInit2(&stream, 15 + 32) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    std::string out;
    char chunk[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        rc = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk, sizeof chunk - stream.avail_out);
        if (rc == Z_BUF_ERROR && stream.avail_in == 0)
            break;
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return std::nullopt;
    return out;
}

} // namespace kedascope::k8s
