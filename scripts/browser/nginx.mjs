// Serves a built site with Debian's nginx on loopback, mounted under a sub-path, the way a host that puts the
// portal at https://host/portal/ would. The configuration is written to a temporary folder, so nothing of the
// machine's own nginx set-up is used or changed.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts nginx serving `publicDir` at http://127.0.0.1:PORT`basePath` (basePath starts and ends with `/`), with the
 * site's 404.html for missing files. Returns { url, stop, accessLog }.
 */
export async function startNginx({ publicDir, basePath, port, workDir }) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx-light`);
  mkdirSync(workDir, { recursive: true });
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(workDir, d), { recursive: true });
  const conf = join(workDir, 'nginx.conf');
  const accessLog = join(workDir, 'access.log');
  // As root, nginx's workers would drop to a user that cannot read a private temporary folder.
  const user = process.getuid && process.getuid() === 0 ? 'user root;' : '';
  writeFileSync(
    conf,
    `${user}
daemon off;
worker_processes 1;
pid ${join(workDir, 'nginx.pid')};
error_log ${join(workDir, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  types { application/atom+xml atom; application/xml xml; text/csv csv; application/json json; text/javascript js mjs; }
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css text/csv text/javascript application/json application/xml application/atom+xml image/svg+xml;
  access_log ${accessLog};
  client_body_temp_path ${join(workDir, 'body')};
  proxy_temp_path ${join(workDir, 'proxy')};
  fastcgi_temp_path ${join(workDir, 'fastcgi')};
  uwsgi_temp_path ${join(workDir, 'uwsgi')};
  scgi_temp_path ${join(workDir, 'scgi')};
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    location ${basePath} {
      alias ${publicDir.endsWith('/') ? publicDir : publicDir + '/'};
      index index.html;
      error_page 404 ${basePath}404.html;
    }
  }
}
`,
  );
  const test = spawnSync(NGINX, ['-t', '-q', '-c', conf, '-p', workDir, '-e', join(workDir, 'error.log')], {
    encoding: 'utf8',
  });
  if (test.status !== 0) throw new Error(`nginx rejected its configuration:\n${test.stderr}`);
  const child = spawn(NGINX, ['-c', conf, '-p', workDir, '-e', join(workDir, 'error.log')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}${basePath}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      break;
    } catch (e) {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGTERM');
        let log = '';
        try {
          log = readFileSync(join(workDir, 'error.log'), 'utf8');
        } catch {}
        throw new Error(`nginx did not answer on ${url}: ${e.message}\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGQUIT');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  return { url, stop, accessLog };
}
