"""What assistive technology (a screen reader, a braille display) reads of painted widgets,
and what the session says aloud: accessible interfaces, spoken words, announcements."""
