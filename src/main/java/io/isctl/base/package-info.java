/**
 * What every layer may use: the error contract ({@link io.isctl.base.IsctlException} and its exit
 * codes, {@link io.isctl.base.OneLine} for how its message is shown) and waiting ({@link
 * io.isctl.base.Sleeper}, which tests replace).
 */
package io.isctl.base;
