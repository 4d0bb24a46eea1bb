#pragma once

namespace idlefleet {

/// The version of the fleet API (the protobuf contract under /v1). A server serves clients from
/// MinClientApiVersion up to its own ApiVersion; a client needs a server of at least
/// MinServerApiVersion.
constexpr unsigned ApiVersion = 1;
constexpr unsigned MinClientApiVersion = 1;
constexpr unsigned MinServerApiVersion = 1;

} // namespace idlefleet
