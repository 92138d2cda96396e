import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One GET of a member's file, with a time limit and a size limit checked as the bytes arrive.
struct HTTPDownload {
    /// Seconds without an answer after which the download is abandoned.
    let timeout: Double
    /// The most bytes a file may have.
    let maxBytes: Int

    /// The body at `url`, or why there is none, in words.
    func get(_ url: String) -> Result<[UInt8], DownloadProblem> {
        guard let address = URL(string: url), ["http", "https"].contains(address.scheme ?? "") else {
            return .failure(.init(message: Wording(fr: "ce n'est pas une adresse http(s)", en: "not an http(s) address")))
        }
        var request = URLRequest(url: address, cachePolicy: .reloadIgnoringLocalAndRemoteCacheData, timeoutInterval: timeout)
        request.setValue("clsm network fetch", forHTTPHeaderField: "User-Agent")
        let receiver = Receiver(maxBytes: maxBytes)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        let session = URLSession(configuration: configuration, delegate: receiver, delegateQueue: nil)
        session.dataTask(with: request).resume()
        receiver.done.wait()
        session.finishTasksAndInvalidate()
        return receiver.result
    }

    /// Why a download failed.
    struct DownloadProblem: Error, Sendable {
        let message: Wording
    }

    /// Collects the body, cancelling as soon as it passes the limit.
    private final class Receiver: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        let maxBytes: Int
        let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var body: [UInt8] = []
        private var problem: DownloadProblem?

        init(maxBytes: Int) {
            self.maxBytes = maxBytes
        }

        var result: Result<[UInt8], DownloadProblem> {
            lock.withLock { problem.map { .failure($0) } ?? .success(body) }
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
            if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
                lock.withLock { problem = DownloadProblem(message: Wording(fr: "le serveur a répondu \(http.statusCode)", en: "the server answered \(http.statusCode)")) }
                completionHandler(.cancel)
                return
            }
            completionHandler(.allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            let tooLarge = lock.withLock { () -> Bool in
                body.append(contentsOf: data)
                guard body.count > maxBytes else { return false }
                problem = DownloadProblem(message: Wording(fr: "plus de \(maxBytes) octets", en: "larger than \(maxBytes) bytes"))
                return true
            }
            if tooLarge { dataTask.cancel() }
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
            lock.withLock {
                if problem == nil, let error {
                    let timedOut = (error as? URLError)?.code == .timedOut
                    problem = DownloadProblem(message: timedOut ? Wording(fr: "pas de réponse à temps", en: "no answer in time")
                                                    : Wording(fr: error.localizedDescription, en: error.localizedDescription))
                }
            }
            done.signal()
        }
    }
}
