/** Named, unchecked failures shared by every feature; the API maps each to one HTTP status, once. */
package ru.sppr.chat.failure;
