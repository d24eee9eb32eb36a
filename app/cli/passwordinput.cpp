#include "passwordinput.h"

#include <csignal>
#include <cstdlib>
#include <cstring>

#include <termios.h>
#include <unistd.h>

#include <QFile>

#include "console.h"
#include "io/inputfile.h"

namespace caselink {
namespace {

// Longer lines are not passwords; the limit also bounds how much of a mistaken file we read.
constexpr std::size_t kMaxSecretLength = 4096;

// Restores terminal echo when the user interrupts a prompt, which would otherwise leave the shell without echo.
struct termios g_savedTerminal {};
volatile std::sig_atomic_t g_echoDisabled = 0;

extern "C" void restoreEchoAndExit(int signal) {
    if (g_echoDisabled != 0) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

class EchoOff {
public:
    EchoOff() {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0) {
            return;
        }
        m_previousInt = std::signal(SIGINT, restoreEchoAndExit);
        m_previousTerm = std::signal(SIGTERM, restoreEchoAndExit);
        struct termios silent = g_savedTerminal;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        g_echoDisabled = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0 ? 1 : 0;
    }
    ~EchoOff() {
        if (g_echoDisabled != 0) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
            g_echoDisabled = 0;
            std::signal(SIGINT, m_previousInt);
            std::signal(SIGTERM, m_previousTerm);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    void (*m_previousInt)(int) = SIG_DFL;
    void (*m_previousTerm)(int) = SIG_DFL;
};

// The bytes before the first line ending of buffer[0, size), as a separate secret.
SecureBytes firstLine(const SecureBytes& buffer, std::size_t size) {
    std::size_t length = 0;
    while (length < size && buffer.data()[length] != '\n') {
        ++length;
    }
    if (length > 0 && buffer.data()[length - 1] == '\r') {
        --length;
    }
    return SecureBytes(buffer.data(), length);
}

} // namespace

Result<SecureBytes> PasswordInput::readFirstLine(const QString& path) {
    QFile file;
    // Unbuffered, so that QIODevice keeps no copy of the secret in its own buffer.
    if (auto st = inputfile::open(file, path, QIODevice::Unbuffered); !st) {
        return std::unexpected(st.error());
    }
    SecureBytes buffer(kMaxSecretLength + 1);
    std::size_t size = 0;
    while (size < buffer.size()) {
        const qint64 got =
            file.read(reinterpret_cast<char*>(buffer.data()) + size, static_cast<qint64>(buffer.size() - size));
        if (got < 0) {
            return fail(ErrorCode::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
        }
        if (got == 0) {
            break;
        }
        size += static_cast<std::size_t>(got);
        if (std::memchr(buffer.data(), '\n', size) != nullptr) {
            break;
        }
    }
    SecureBytes line = firstLine(buffer, size);
    if (line.size() > kMaxSecretLength) {
        return fail(ErrorCode::Input, tr("the first line of %1 is too long").arg(path));
    }
    if (line.isEmpty()) {
        return fail(ErrorCode::Input, tr("the first line of %1 is empty").arg(path));
    }
    return line;
}

Result<SecureBytes> PasswordInput::readFromTerminal(const QString& prompt) {
    Console::prompt(prompt);
    SecureBytes buffer(kMaxSecretLength + 1);
    std::size_t size = 0;
    bool endOfLine = false;
    {
        const EchoOff echoOff;
        while (size < buffer.size()) {
            char c = 0;
            const ssize_t got = ::read(STDIN_FILENO, &c, 1);
            if (got <= 0 || c == '\n') {
                endOfLine = got > 0;
                break;
            }
            buffer.data()[size++] = static_cast<std::uint8_t>(c);
            c = 0;
        }
    }
    if (!endOfLine && size == 0) {
        return fail(ErrorCode::Input, tr("no password entered"));
    }
    if (size > kMaxSecretLength) {
        return fail(ErrorCode::Input, tr("the password is too long"));
    }
    return firstLine(buffer, size);
}

Result<SecureBytes> PasswordInput::read(const PasswordSource& source) {
    Result<SecureBytes> password = fail(ErrorCode::Internal, QString());
    if (!source.file.isEmpty()) {
        password = readFirstLine(source.file);
    } else if (const char* value = std::getenv(source.environment); value != nullptr) {
        password = SecureBytes(reinterpret_cast<const std::uint8_t*>(value), std::strlen(value));
    } else if (isatty(STDIN_FILENO) == 0) {
        return fail(ErrorCode::Usage, tr("no password given and standard input is not a terminal: use %1 or set %2")
                                          .arg(source.fileOption, QString::fromLatin1(source.environment)));
    } else {
        password = readFromTerminal(source.prompt);
        if (password && source.confirm) {
            const Result<SecureBytes> again = readFromTerminal(tr("Repeat the password: "));
            if (!again) {
                return std::unexpected(again.error());
            }
            if (!(*again == *password)) {
                return fail(ErrorCode::Input, tr("the two passwords differ"));
            }
        }
    }
    if (password && password->isEmpty()) {
        return fail(ErrorCode::Input, tr("the password is empty"));
    }
    return password;
}

} // namespace caselink
