/**
 * Party members (党员), reduced to what scoring needs: an id, the branch, the role in it, full or
 * probationary, serving or retired, and a leading-cadre level where leaders' attendance is
 * reported. No names, phone or ID numbers: the host system keeps personal data and joins on the
 * member id.
 */
package dev.mofan.model.member;
