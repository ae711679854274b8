//! How connections reach the preview server, with every resource bounded. One thread waits on all sockets at once
//! (mio) until each has sent its whole request head, so a client that connects and sends nothing, or drips a byte
//! at a time, holds a socket but no thread; a fixed pool of workers then answers complete requests. Limits:
//! [`MAX_WAITING`] sockets waiting for a head (the oldest is dropped to make room: a real client sends its head at
//! once), [`HEAD_TIMEOUT`] to send it, [`MAX_HEAD`] bytes of it, [`WORKERS`] requests answered at a time with
//! [`QUEUE`] more in line (past that a request gets 503).

use std::collections::BTreeMap;
use std::io::{self, ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use mio::{Events, Interest, Poll, Token};

use super::http::{self, Server};
use crate::messages::{Lang, io_reason, msg};

/// Sockets that may be waiting for their request head at once.
pub const MAX_WAITING: usize = 256;
/// How long a client has to send its request head, from connecting.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest request head read; a longer one gets 431.
pub const MAX_HEAD: usize = 16 * 1024;
/// Requests answered at a time.
pub const WORKERS: usize = 8;
/// Complete requests that may wait for a worker.
pub const QUEUE: usize = 64;

const LISTENER: Token = Token(0);

/// A complete request head and its connection, for a worker.
struct Ready {
    stream: TcpStream,
    head: Vec<u8>,
}

/// A connection still sending its head. `probe` is a duplicate of the socket registered with the poller; the
/// worker gets the plain `stream`.
struct Waiting {
    stream: TcpStream,
    probe: mio::net::TcpStream,
    head: Vec<u8>,
    since: Instant,
}

/// Starts the intake thread and the workers; they run until the process ends.
pub fn run(listener: TcpListener, server: Arc<Server>) -> io::Result<()> {
    listener.set_nonblocking(true)?;
    let poll = Poll::new()?;
    let mut probe = mio::net::TcpListener::from_std(listener.try_clone()?);
    poll.registry()
        .register(&mut probe, LISTENER, Interest::READABLE)?;
    let (tx, rx) = mpsc::sync_channel::<Ready>(QUEUE);
    let rx = Arc::new(Mutex::new(rx));
    let lang = server.shared.lang();
    for _ in 0..WORKERS {
        let rx = Arc::clone(&rx);
        let server = Arc::clone(&server);
        thread::spawn(move || work(&rx, &server));
    }
    thread::spawn(move || {
        let mut intake = Intake {
            poll,
            listener,
            _probe: probe,
            waiting: BTreeMap::new(),
            next: 1,
            tx,
            lang,
        };
        intake.run();
    });
    Ok(())
}

fn work(rx: &Mutex<Receiver<Ready>>, server: &Arc<Server>) {
    loop {
        let next = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
        let Ok(Ready { stream, head }) = next else {
            return;
        };
        // A panic answering one request (a bug) must not cost the pool a worker.
        if stream.set_nonblocking(false).is_ok() {
            let _ = panic::catch_unwind(AssertUnwindSafe(|| http::handle(stream, &head, server)));
        }
    }
}

struct Intake {
    poll: Poll,
    listener: TcpListener,
    /// Keeps the listener registered.
    _probe: mio::net::TcpListener,
    /// By token; tokens only grow, so the first entry is the oldest connection.
    waiting: BTreeMap<usize, Waiting>,
    next: usize,
    tx: SyncSender<Ready>,
    /// The language of the replies it sends itself.
    lang: Lang,
}

impl Intake {
    fn run(&mut self) {
        let mut events = Events::with_capacity(256);
        loop {
            let timeout = self
                .waiting
                .values()
                .next()
                .map(|w| (w.since + HEAD_TIMEOUT).saturating_duration_since(Instant::now()));
            if let Err(e) = self.poll.poll(&mut events, timeout) {
                if e.kind() == ErrorKind::Interrupted {
                    continue;
                }
                let line = msg!("serve-stopped-accepting", reason = io_reason(&e));
                eprintln!("{}", line.text(self.lang));
                return;
            }
            for event in &events {
                match event.token() {
                    LISTENER => self.accept(),
                    Token(t) => self.read(t),
                }
            }
            self.expire();
        }
    }

    /// Accepts every pending connection (readiness is reported once per change, so until none is left).
    fn accept(&mut self) {
        loop {
            let stream = match self.listener.accept() {
                Ok((s, _)) => s,
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                // A connection reset before it was accepted, or out of file descriptors for now.
                Err(_) => return,
            };
            if self.waiting.len() >= MAX_WAITING
                && let Some(oldest) = self.waiting.keys().next().copied()
            {
                self.close(oldest, None);
            }
            let _ = self.add(stream);
        }
    }

    fn add(&mut self, stream: TcpStream) -> io::Result<()> {
        stream.set_nonblocking(true)?;
        let mut probe = mio::net::TcpStream::from_std(stream.try_clone()?);
        let token = self.next;
        self.next += 1;
        self.poll
            .registry()
            .register(&mut probe, Token(token), Interest::READABLE)?;
        self.waiting.insert(
            token,
            Waiting {
                stream,
                probe,
                head: Vec::new(),
                since: Instant::now(),
            },
        );
        // Bytes that arrived before registration are reported as readiness at once, so nothing is missed.
        Ok(())
    }

    fn read(&mut self, token: usize) {
        let mut chunk = [0u8; 4096];
        loop {
            let Some(w) = self.waiting.get_mut(&token) else {
                return;
            };
            match (&w.stream).read(&mut chunk) {
                Ok(0) => return self.close(token, None),
                Ok(n) => {
                    let from = w.head.len().saturating_sub(3);
                    w.head.extend_from_slice(&chunk[..n]);
                    match head_end(&w.head, from) {
                        Some(end) if end <= MAX_HEAD => {
                            w.head.truncate(end);
                            return self.hand_over(token);
                        }
                        _ => {}
                    }
                    if w.head.len() > MAX_HEAD {
                        return self.close(
                            token,
                            Some(http::plain(431, msg!("serve-head-too-large"), self.lang)),
                        );
                    }
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(_) => return self.close(token, None),
            }
        }
    }

    /// Drops the connections whose head did not come in time.
    fn expire(&mut self) {
        let now = Instant::now();
        while let Some((&token, w)) = self.waiting.first_key_value() {
            if now < w.since + HEAD_TIMEOUT {
                return;
            }
            self.close(
                token,
                Some(http::plain(408, msg!("serve-head-too-slow"), self.lang)),
            );
        }
    }

    fn take(&mut self, token: usize) -> Option<Waiting> {
        let mut w = self.waiting.remove(&token)?;
        // The socket is shared with `stream`: without this the poller would go on reporting it.
        let _ = self.poll.registry().deregister(&mut w.probe);
        Some(w)
    }

    /// Ends a connection, first sending `reply` if there is one (best effort: the socket does not block).
    fn close(&mut self, token: usize, reply: Option<Vec<u8>>) {
        if let (Some(mut w), Some(reply)) = (self.take(token), reply) {
            let _ = w.stream.write_all(&reply);
        }
    }

    fn hand_over(&mut self, token: usize) {
        let Some(w) = self.take(token) else { return };
        let ready = Ready {
            stream: w.stream,
            head: w.head,
        };
        if let Err(TrySendError::Full(mut r)) = self.tx.try_send(ready) {
            let _ = r
                .stream
                .write_all(&http::plain(503, msg!("serve-busy"), self.lang));
        }
    }
}

/// The length of the request head including the blank line that ends it, once it has all arrived; the search starts
/// at `from`, as what came before was searched already.
fn head_end(buf: &[u8], from: usize) -> Option<usize> {
    let tail = buf.get(from..)?;
    let crlf = tail
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| from + i + 4);
    let lf = tail
        .windows(2)
        .position(|w| w == b"\n\n")
        .map(|i| from + i + 2);
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_ends_at_the_first_blank_line() {
        assert_eq!(head_end(b"GET / HTTP/1.1\r\nHost: x\r\n", 0), None);
        assert_eq!(
            head_end(b"GET / HTTP/1.1\r\nHost: x\r\n\r\nrest", 0),
            Some(27)
        );
        assert_eq!(
            head_end(b"GET / HTTP/1.1\r\nHost: x\r\n\r\nrest", 22),
            Some(27)
        );
        assert_eq!(head_end(b"GET / HTTP/1.1\nHost: x\n\n", 0), Some(24));
    }
}
