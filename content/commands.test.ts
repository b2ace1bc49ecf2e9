import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every system the seeds name has its commands in the wizard, in copyable code blocks.
const dir = import.meta.dirname;
const files = ['steps', 'causes'].flatMap((folder) =>
  readdirSync(join(dir, folder))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(dir, folder, name), 'utf8') })),
);
const codeBlocks = files.flatMap(({ name, text }) => [...text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => ({ name, code: m[1] })));

const expected: Record<string, RegExp[]> = {
  nginx: [/\bnginx -t\b/, /\/var\/log\/nginx\/error\.log/, /proxy_read_timeout/],
  Apache: [/\bapache(2)?ctl (configtest|-t)\b/, /\/var\/log\/(apache2\/error\.log|httpd\/error_log)/, /ProxyPass/],
  HAProxy: [/\bhaproxy -c -f\b/],
  Cloudflare: [/cloudflare\.com\/ips/, /--resolve\b/],
  Sucuri: [/x-sucuri/i],
  CloudFront: [/x-amz-cf-id|cloudfront/i],
  'AWS ALB': [/aws elbv2 describe-target-health/],
  'PHP-FPM': [/systemctl (status|restart) php[\d.]*-fpm/, /pm\.max_children/, /request_terminate_timeout/],
  'Node and pm2': [/\bpm2 (list|status)\b/, /\bpm2 logs\b/, /keepAliveTimeout/],
  gunicorn: [/\bgunicorn\b.*--timeout|--timeout.*gunicorn/s, /--workers/],
  WordPress: [/wp plugin deactivate --all/, /WP_MEMORY_LIMIT/],
  'systemd and journalctl': [/journalctl -u \S+/, /systemctl status/],
  ss: [/\bss -tlnp\b/],
  dig: [/\bdig \+short\b/],
  curl: [/\bcurl -s?I\b|curl -sI/, /curl -i http:\/\/127\.0\.0\.1/],
  'DNS flush on every OS': [/ipconfig \/flushdns/, /dscacheutil -flushcache/, /resolvectl flush-caches/],
};

describe('commands for every system the seeds name', () => {
  for (const [system, patterns] of Object.entries(expected)) {
    it(system, () => {
      for (const pattern of patterns) {
        expect(
          codeBlocks.some((block) => pattern.test(block.code)),
          `no code block matches ${pattern}`,
        ).toBe(true);
      }
    });
  }

  it('uses today’s commands, not the seeds’ dated ones', () => {
    // A comment may mention the old name to say it is old; a command may not use it.
    const commands = (code: string) => code.replace(/#.*$/gm, '');
    const dated = codeBlocks.filter((block) => /systemd-resolve --flush-caches/.test(commands(block.code)));
    expect(dated.map((block) => block.name)).toEqual([]);
  });
});
