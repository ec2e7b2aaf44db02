//===- Timeout.cpp --------------------------------------------------------===//
#include "Timeout.h"
#include "Interrupt.h"
#include "Progress.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <chrono>
#include <climits>
#include <cstring>

#ifdef LLVM_ON_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#endif

using namespace aliaslint;
using namespace clang;
using namespace clang::tidy;
using namespace llvm;

std::string aliaslint::timeoutMessage(StringRef File, unsigned Seconds) {
  return ("analysing " + File + " took longer than " + Twine(Seconds) +
          " s; skipped")
      .str();
}

namespace {
// The child's diagnostics as bytes: lengths and numbers as 8-byte integers,
// strings as their length and bytes. Both ends are the same binary, so the
// format needs no version.
class Writer {
public:
  std::string Out;
  void num(uint64_t V) { Out.append(reinterpret_cast<const char *>(&V), sizeof V); }
  void str(StringRef S) {
    num(S.size());
    Out.append(S.data(), S.size());
  }
  void message(const tooling::DiagnosticMessage &M) {
    str(M.Message);
    str(M.FilePath);
    num(M.FileOffset);
    num(M.Fix.size());
    // StringMap order is the table's; sorted, so that the bytes do not
    // depend on it.
    std::vector<StringRef> Paths;
    for (const auto &F : M.Fix)
      Paths.push_back(F.first());
    llvm::sort(Paths);
    for (StringRef P : Paths) {
      const tooling::Replacements &Rs = M.Fix.find(P)->second;
      str(P);
      num(Rs.size());
      for (const tooling::Replacement &R : Rs) {
        str(R.getFilePath());
        num(R.getOffset());
        num(R.getLength());
        str(R.getReplacementText());
      }
    }
    num(M.Ranges.size());
    for (const tooling::FileByteRange &R : M.Ranges) {
      str(R.FilePath);
      num(R.FileOffset);
      num(R.Length);
    }
  }
  void error(const ClangTidyError &E) {
    str(E.DiagnosticName);
    num(E.DiagLevel);
    str(E.BuildDirectory);
    num(E.IsWarningAsError);
    num(E.EnabledDiagnosticAliases.size());
    for (const std::string &A : E.EnabledDiagnosticAliases)
      str(A);
    message(E.Message);
    num(E.Notes.size());
    for (const tooling::DiagnosticMessage &N : E.Notes)
      message(N);
  }
};

class Reader {
public:
  explicit Reader(StringRef In) : In(In) {}
  bool Bad = false;
  bool atEnd() const { return In.empty(); }
  uint64_t num() {
    uint64_t V = 0;
    if (In.size() < sizeof V) {
      Bad = true;
      In = "";
      return 0;
    }
    std::memcpy(&V, In.data(), sizeof V);
    In = In.drop_front(sizeof V);
    return V;
  }
  std::string str() {
    uint64_t N = num();
    if (N > In.size()) {
      Bad = true;
      In = "";
      return "";
    }
    std::string S = In.take_front(N).str();
    In = In.drop_front(N);
    return S;
  }
  void message(tooling::DiagnosticMessage &M) {
    M.Message = str();
    M.FilePath = str();
    M.FileOffset = num();
    for (uint64_t F = num(); F-- && !Bad;) {
      tooling::Replacements &Rs = M.Fix[str()];
      for (uint64_t K = num(); K-- && !Bad;) {
        std::string Path = str();
        unsigned Offset = num(), Length = num();
        std::string Text = str();
        if (Error Err = Rs.add(tooling::Replacement(Path, Offset, Length, Text))) {
          consumeError(std::move(Err));
          Bad = true;
        }
      }
    }
    for (uint64_t R = num(); R-- && !Bad;) {
      tooling::FileByteRange Range;
      Range.FilePath = str();
      Range.FileOffset = num();
      Range.Length = num();
      M.Ranges.push_back(std::move(Range));
    }
  }
  std::optional<ClangTidyError> error() {
    std::string Name = str();
    auto Level = static_cast<ClangTidyError::Level>(num());
    std::string BuildDir = str();
    bool AsError = num();
    ClangTidyError E(Name, Level, BuildDir, AsError);
    for (uint64_t A = num(); A-- && !Bad;)
      E.EnabledDiagnosticAliases.push_back(str());
    message(E.Message);
    for (uint64_t N = num(); N-- && !Bad;) {
      E.Notes.emplace_back();
      message(E.Notes.back());
    }
    if (Bad)
      return std::nullopt;
    return E;
  }

private:
  StringRef In;
};

ClangTidyError toolError(StringRef Name, const Twine &Message) {
  ClangTidyError E(Name, ClangTidyError::Error, "", false);
  E.Message.Message = Message.str();
  return E;
}
} // namespace

#ifdef LLVM_ON_UNIX

bool aliaslint::timeoutSupported() { return true; }

namespace {
struct Child {
  size_t Index;
  pid_t Pid;
  int Fd; ///< the read end of the child's pipe
  std::chrono::steady_clock::time_point Deadline;
  std::string Bytes;
};

/// Writes all of \p S to \p Fd.
bool writeAll(int Fd, StringRef S) {
  while (!S.empty()) {
    ssize_t N = ::write(Fd, S.data(), S.size());
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    S = S.drop_front(N);
  }
  return true;
}

/// In the child: analyse, send, leave without running the parent's
/// destructors.
[[noreturn]] void runChild(int Fd, const tooling::CompilationDatabase &DB,
                           StringRef File, const TidyConfig &Config) {
#ifdef __linux__
  // Not outlive a parent that is killed (by a driver's own time limit).
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
  auto BaseFS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(
      vfs::createPhysicalFileSystem());
  FileResult R = analyseFile(DB, File, Config, BaseFS);
  Writer W;
  for (const ClangTidyError &E : R.Errors)
    W.error(E);
  bool OK = writeAll(Fd, W.Out);
  errs().flush();
  ::_exit(OK ? 0 : 3);
}

/// The parent's reading of a child that has ended, given how it ended.
FileResult finish(Child &C, int Status, StringRef File) {
  FileResult R;
  if (WIFSIGNALED(Status)) {
    const char *Name = ::strsignal(WTERMSIG(Status));
    R.Errors.push_back(toolError(
        "clang-diagnostic-error",
        "analysing " + File + " crashed (signal " + Twine(WTERMSIG(Status)) +
            (Name ? Twine(": ") + Name : Twine()) + "); skipped"));
  } else if (!WIFEXITED(Status) || WEXITSTATUS(Status) != 0) {
    R.Errors.push_back(toolError(
        "clang-diagnostic-error",
        "analysing " + File + " failed (its process exited with status " +
            Twine(WIFEXITED(Status) ? WEXITSTATUS(Status) : -1) + "); skipped"));
  } else {
    Reader In(C.Bytes);
    while (!In.atEnd()) {
      std::optional<ClangTidyError> E = In.error();
      if (!E) {
        R.Errors.clear();
        R.Errors.push_back(toolError(
            "clang-diagnostic-error",
            "analysing " + File + " failed (its results were malformed); skipped"));
        break;
      }
      R.Errors.push_back(std::move(*E));
    }
  }
  classifyErrors(R);
  return R;
}

int waitFor(pid_t Pid) {
  int Status = 0;
  while (::waitpid(Pid, &Status, 0) < 0 && errno == EINTR) {
  }
  return Status;
}

/// Runs each file in a child process, at most N at a time, and kills a
/// child past its deadline. Results[I] is filled when file I ends, however
/// it ends.
class ChildPool {
public:
  using Clock = std::chrono::steady_clock;

  ChildPool(const tooling::CompilationDatabase &DB, ArrayRef<std::string> Files,
            const TidyConfig &Config, unsigned Seconds, Progress &P)
      : DB(DB), Files(Files), Config(Config), Seconds(Seconds), P(P),
        Results(Files.size()) {}

  std::vector<FileResult> run(unsigned N) {
    size_t Next = 0;
    // After an interrupt (Interrupt.h) no new child is started; those
    // running finish, so the analysed files stay a prefix of Files.
    while ((Next < Files.size() && !interrupted()) || !Running.empty()) {
      while (Running.size() < N && Next < Files.size() && !interrupted())
        start(Next++);
      if (!Running.empty())
        serviceRunning();
    }
    return std::move(Results);
  }

private:
  void start(size_t I);
  void cannotStart(size_t I);
  void serviceRunning();
  /// Reads what child \p C sent; true when it has closed its pipe.
  bool readFrom(Child &C);
  void ended(Child &C);
  void timedOut(Child &C);

  const tooling::CompilationDatabase &DB;
  ArrayRef<std::string> Files;
  const TidyConfig &Config;
  unsigned Seconds;
  Progress &P;
  std::vector<FileResult> Results;
  std::vector<Child> Running;
};

void ChildPool::cannotStart(size_t I) {
  Results[I].Errors.push_back(toolError(
      "clang-diagnostic-error",
      "cannot start the analysis of " + Files[I] + ": " + std::strerror(errno)));
  classifyErrors(Results[I]);
  Results[I].Analysed = true;
  P.finished(Files[I]);
}

void ChildPool::start(size_t I) {
  P.started(Files[I]);
  int Pipe[2];
  if (::pipe2(Pipe, O_CLOEXEC) != 0)
    return cannotStart(I);
  // Nothing buffered may be written twice, by the child as well.
  outs().flush();
  errs().flush();
  pid_t Pid = ::fork();
  if (Pid == 0) {
    ::close(Pipe[0]);
    runChild(Pipe[1], DB, Files[I], Config);
  }
  ::close(Pipe[1]);
  if (Pid < 0) {
    int Err = errno;
    ::close(Pipe[0]);
    errno = Err;
    return cannotStart(I);
  }
  Running.push_back({I, Pid, Pipe[0], Clock::now() + std::chrono::seconds(Seconds), {}});
}

/// Waits until a child sends something or the soonest deadline passes,
/// then reads, reaps or kills each child as it stands.
void ChildPool::serviceRunning() {
  Clock::time_point Now = Clock::now(), Soonest = Running.front().Deadline;
  std::vector<pollfd> Fds;
  for (const Child &C : Running) {
    Fds.push_back({C.Fd, POLLIN, 0});
    Soonest = std::min(Soonest, C.Deadline);
  }
  auto Wait = std::chrono::ceil<std::chrono::milliseconds>(Soonest - Now).count();
  // poll takes an int of milliseconds: a --timeout past 24 days would wrap
  // (to 0: a busy loop; negative: no wake-up at the deadline).
  int Ready = ::poll(Fds.data(), Fds.size(),
                     static_cast<int>(std::clamp<long long>(Wait, 0, INT_MAX)));
  if (Ready < 0 && errno != EINTR)
    report_fatal_error(Twine("aliaslint: poll failed: ") + std::strerror(errno));
  Now = Clock::now();
  std::vector<Child> Still;
  for (size_t K = 0; K < Running.size(); ++K) {
    Child &C = Running[K];
    bool Readable =
        Ready > 0 && (Fds[K].revents & (POLLIN | POLLHUP | POLLERR));
    if (Readable && readFrom(C))
      ended(C);
    else if (Now >= C.Deadline)
      timedOut(C);
    else
      Still.push_back(std::move(C));
  }
  Running = std::move(Still);
}

bool ChildPool::readFrom(Child &C) {
  char Buf[65536];
  ssize_t Got = ::read(C.Fd, Buf, sizeof Buf);
  if (Got > 0)
    C.Bytes.append(Buf, Got);
  return Got == 0 || (Got < 0 && errno != EINTR); // end of file: it is leaving
}

void ChildPool::ended(Child &C) {
  ::close(C.Fd);
  Results[C.Index] = finish(C, waitFor(C.Pid), Files[C.Index]);
  Results[C.Index].Analysed = true;
  P.finished(Files[C.Index]);
}

void ChildPool::timedOut(Child &C) {
  ::kill(C.Pid, SIGKILL);
  waitFor(C.Pid);
  ::close(C.Fd);
  FileResult &R = Results[C.Index];
  R.Errors.push_back(
      toolError(TimeoutDiagnosticName, timeoutMessage(Files[C.Index], Seconds)));
  classifyErrors(R);
  R.TimedOut = true;
  R.Analysed = true;
  P.finished(Files[C.Index]);
}
} // namespace

std::vector<FileResult>
aliaslint::runFilesWithTimeout(const tooling::CompilationDatabase &DB,
                               ArrayRef<std::string> Files,
                               const TidyConfig &Config, unsigned Jobs,
                               unsigned Seconds, Progress &P) {
  unsigned N = std::max(1u, std::min<unsigned>(Jobs, Files.size()));
  return ChildPool(DB, Files, Config, Seconds, P).run(N);
}

#else

bool aliaslint::timeoutSupported() { return false; }

std::vector<FileResult>
aliaslint::runFilesWithTimeout(const tooling::CompilationDatabase &DB,
                               ArrayRef<std::string> Files,
                               const TidyConfig &Config, unsigned Jobs,
                               unsigned, Progress &P) {
  return runFiles(DB, Files, Config, Jobs, P, [](size_t, const FileResult &) {});
}

#endif
