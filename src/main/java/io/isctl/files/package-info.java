/**
 * Reading and writing files safely: bounded reads of regular files only, links refused where isctl
 * reads its own folders, atomic writes that keep the file's mode. Below every package that touches
 * files.
 */
package io.isctl.files;
