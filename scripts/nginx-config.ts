/** `npm run nginx-config [-- --root /var/www/mot]`: prints an nginx server block for this handbook. */
import { parseArgs } from 'node:util';
import { loadSiteConfig } from '../src/config/load-fs.ts';
import { nginxConfig } from './lib/nginx-config.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: '/var/www/mot-handbook' },
		listen: { type: 'string', default: '80' },
		// The trainer edition's password file: adds HTTP basic authentication to every request.
		'trainer-htpasswd': { type: 'string' },
	},
});
process.stdout.write(
	nginxConfig(loadSiteConfig(process.cwd()), {
		root: values.root!,
		listen: values.listen,
		htpasswd: values['trainer-htpasswd'],
	}),
);
