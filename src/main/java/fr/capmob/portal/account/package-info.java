/**
 * Accounts: users, roles, sign-in and lock-out, the password policy and one-time links, the security filter chain
 * and session cookie, the current user and its school scope. Uses shared and web; school names come through the
 * SchoolDirectory interface that consortium implements.
 */
@ApplicationModule(allowedDependencies = {"mail", "shared", "web"})
package fr.capmob.portal.account;

import org.springframework.modulith.ApplicationModule;
