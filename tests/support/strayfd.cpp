// A fault injector for the real caselink executable (LD_PRELOAD): when the file named by CASELINK_STRAYFD_TRIGGER
// appears, it opens, reads and closes each file of CASELINK_STRAYFD_PATHS (colon-separated) from inside the process,
// as a file dialog showing the database's folder does, then creates TRIGGER.done. Nothing else of the process is
// touched; it exists so that tests can reproduce "a second descriptor in the application's process" on demand.
#include <cstdlib>
#include <string>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

void strayOpens(const std::string& paths) {
    std::size_t start = 0;
    while (start <= paths.size()) {
        const std::size_t end = paths.find(':', start);
        const std::string path = paths.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!path.empty()) {
            const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
            if (fd >= 0) {
                char buffer[512];
                (void)!::read(fd, buffer, sizeof buffer);
                ::close(fd);
            }
        }
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
}

void watch(std::string trigger, std::string paths) {
    while (true) {
        struct stat st {};
        if (::stat(trigger.c_str(), &st) == 0) {
            strayOpens(paths);
            ::unlink(trigger.c_str());
            const int done = ::open((trigger + ".done").c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
            if (done >= 0) {
                ::close(done);
            }
        }
        ::usleep(20000);
    }
}

struct Start {
    Start() {
        const char* trigger = std::getenv("CASELINK_STRAYFD_TRIGGER");
        const char* paths = std::getenv("CASELINK_STRAYFD_PATHS");
        if (trigger && paths) {
            std::thread(watch, std::string(trigger), std::string(paths)).detach();
        }
    }
} start;

} // namespace
