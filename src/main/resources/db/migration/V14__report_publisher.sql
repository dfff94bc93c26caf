-- Who published a grouped report (a news channel, an agency), when its record says: a channel's posts minutes apart
-- tell one event in series, and the later ones often name no place.
ALTER TABLE sit_incident_reports ADD COLUMN publisher VARCHAR(300);
