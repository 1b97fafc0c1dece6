/** The vocabulary of activity licences with annexes: sub-types of activity. */
package kz.gov.elicense.activitylicence.entity;
