//===- RedisBackend.cpp - Cache entries in a Redis server -----------------===//
//
// A CI fleet's shared cache: every machine reads and writes the same Redis
// server. Keys are `aliaslint:v1:<key>`; a SET of a whole value is atomic
// in Redis, so a reader never sees half an entry. Eviction is the server's
// business (maxmemory with allkeys-lru, docs/integration.md).
//
// hiredis contexts are not thread-safe: one connection behind a mutex.
// Round trips on a local network are far cheaper than analysing a file.
//
//===----------------------------------------------------------------------===//
#include "CacheBackend.h"
#include <hiredis/hiredis.h>
#include <mutex>

using namespace aliaslint;
using namespace llvm;

namespace {
/// Connecting, and every command, give up after this: a server that has
/// gone away must not stall a CI job.
constexpr struct timeval Timeout = {2, 0};

struct ReplyDeleter {
  void operator()(redisReply *R) const { freeReplyObject(R); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

class RedisBackend : public CacheBackend {
public:
  RedisBackend(std::string Where, redisContext *C) : Where(std::move(Where)), C(C) {}
  ~RedisBackend() override { redisFree(C); }

  Expected<std::optional<std::string>> get(StringRef Key) override {
    std::string K = redisKey(Key);
    std::lock_guard<std::mutex> G(Lock);
    Reply R(static_cast<redisReply *>(
        redisCommand(C, "GET %b", K.data(), K.size())));
    if (Error E = check(R.get()))
      return std::move(E);
    if (R->type == REDIS_REPLY_NIL)
      return std::optional<std::string>();
    if (R->type != REDIS_REPLY_STRING)
      return createStringError(inconvertibleErrorCode(),
                               "unexpected reply type %d to GET", R->type);
    return std::optional<std::string>(std::string(R->str, R->len));
  }

  Error put(StringRef Key, StringRef Data) override {
    std::string K = redisKey(Key);
    std::lock_guard<std::mutex> G(Lock);
    Reply R(static_cast<redisReply *>(redisCommand(
        C, "SET %b %b", K.data(), K.size(), Data.data(), Data.size())));
    return check(R.get());
  }

  std::string describe(StringRef Key) const override {
    return "redis://" + Where + "/" + redisKey(Key);
  }
  std::string name() const override { return "redis://" + Where; }

private:
  static std::string redisKey(StringRef Key) { return ("aliaslint:v1:" + Key).str(); }

  /// A lost connection (NULL reply) or an error reply as an Error.
  Error check(const redisReply *R) const {
    if (!R)
      return createStringError(inconvertibleErrorCode(), "%s",
                               C->err ? C->errstr : "no reply");
    if (R->type == REDIS_REPLY_ERROR)
      return createStringError(inconvertibleErrorCode(), "%.*s",
                               static_cast<int>(R->len), R->str);
    return Error::success();
  }

  std::string Where;
  redisContext *C;
  std::mutex Lock;
};
} // namespace

Expected<std::unique_ptr<CacheBackend>>
aliaslint::makeRedisBackend(StringRef HostPort) {
  auto [Host, PortText] = HostPort.rsplit(':');
  unsigned Port;
  if (Host.empty() || PortText.getAsInteger(10, Port) || Port == 0 ||
      Port > 65535)
    return createStringError(inconvertibleErrorCode(),
                             "expected host:port, e.g. localhost:6379");
  redisContext *C = redisConnectWithTimeout(Host.str().c_str(), Port, Timeout);
  if (!C)
    return createStringError(inconvertibleErrorCode(), "out of memory");
  if (C->err) {
    std::string Why = C->errstr;
    redisFree(C);
    return createStringError(inconvertibleErrorCode(), "%s", Why.c_str());
  }
  redisSetTimeout(C, Timeout);
  return std::make_unique<RedisBackend>(HostPort.str(), C);
}
