-- V4: classifications used by job postings, worker profiles and labour-demand reports.

-- ---------------------------------------------------------------------------
-- Skill / qualification levels (rank orders them from lowest to highest).
-- ---------------------------------------------------------------------------
insert into skill_level (code, rank, name_vi, name_en) values
  ('UNSKILLED',    1, 'Lao động phổ thông', 'Unskilled'),
  ('ELEMENTARY',   2, 'Sơ cấp',             'Elementary vocational'),
  ('INTERMEDIATE', 3, 'Trung cấp',          'Intermediate vocational'),
  ('COLLEGE',      4, 'Cao đẳng',           'College'),
  ('UNIVERSITY',   5, 'Đại học',            'University'),
  ('POSTGRADUATE', 6, 'Trên đại học',       'Postgraduate');

-- ---------------------------------------------------------------------------
-- Vietnamese occupation classification VSCO 2020 (Decision 34/2020/QĐ-TTg, in force since 2021-01-15):
-- level 1 = major groups ('0'..'9'), level 2 = sub-major groups (two digits, parent = major group).
-- VSCO follows ISCO-08 except for group 0 (armed forces, split into army / police / other) and group 1
-- (leaders and managers, organised by branch of the Vietnamese political system, codes 10-17).
-- English names follow ISCO-08 wording where the group matches ISCO.
-- ---------------------------------------------------------------------------
insert into occupation (code, parent_code, level, name_vi, name_en) values
  ('0', null, 1, 'Lực lượng vũ trang', 'Armed forces occupations'),
  ('1', null, 1, 'Lãnh đạo, quản lý trong các ngành, các cấp và các đơn vị', 'Leaders and managers in all sectors, levels and units'),
  ('2', null, 1, 'Nhà chuyên môn bậc cao', 'Professionals'),
  ('3', null, 1, 'Nhà chuyên môn bậc trung', 'Technicians and associate professionals'),
  ('4', null, 1, 'Nhân viên trợ lý văn phòng', 'Clerical support workers'),
  ('5', null, 1, 'Nhân viên dịch vụ và bán hàng', 'Service and sales workers'),
  ('6', null, 1, 'Lao động có kỹ năng trong nông nghiệp, lâm nghiệp và thủy sản', 'Skilled agricultural, forestry and fishery workers'),
  ('7', null, 1, 'Lao động thủ công và các nghề nghiệp có liên quan khác', 'Craft and related trades workers'),
  ('8', null, 1, 'Thợ lắp ráp và vận hành máy móc, thiết bị', 'Plant and machine operators and assemblers'),
  ('9', null, 1, 'Lao động giản đơn', 'Elementary occupations');

insert into occupation (code, parent_code, level, name_vi, name_en) values
  -- 0 Armed forces
  ('01', '0', 2, 'Lực lượng quân đội', 'Army forces'),
  ('02', '0', 2, 'Lực lượng công an', 'Public security (police) forces'),
  ('03', '0', 2, 'Cơ yếu và lực lượng vũ trang khác', 'Cipher service and other armed forces'),
  -- 1 Leaders and managers
  ('10', '1', 2, 'Lãnh đạo cơ quan Đảng Cộng sản Việt Nam cấp trung ương và địa phương (chuyên trách)', 'Leaders of Communist Party of Vietnam bodies at central and local level (full-time)'),
  ('11', '1', 2, 'Lãnh đạo, quản lý của Quốc hội, Văn phòng Quốc hội và Văn phòng Chủ tịch nước (chuyên trách)', 'Leaders and managers of the National Assembly, its Office and the Office of the President (full-time)'),
  ('12', '1', 2, 'Lãnh đạo, quản lý của Chính phủ, Văn phòng Chính phủ, các bộ, ngành và tương đương thuộc Chính phủ (chuyên trách)', 'Leaders and managers of the Government, the Government Office, ministries and equivalent agencies (full-time)'),
  ('13', '1', 2, 'Lãnh đạo, quản lý của Tòa án nhân dân và Viện Kiểm sát nhân dân (chuyên trách)', 'Leaders and managers of People''s Courts and People''s Procuracies (full-time)'),
  ('14', '1', 2, 'Lãnh đạo, quản lý của Hội đồng nhân dân và Ủy ban nhân dân địa phương (kể cả các cơ quan chuyên môn ở địa phương, trừ tư pháp và đoàn thể) (chuyên trách)', 'Leaders and managers of local People''s Councils and People''s Committees and their specialised agencies (full-time)'),
  ('15', '1', 2, 'Lãnh đạo, quản lý khối đoàn thể; Mặt trận Tổ quốc, Liên đoàn Lao động, Hội Phụ nữ, Hội Nông dân, Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội Cựu chiến binh (chuyên trách)', 'Leaders and managers of the Fatherland Front and mass organisations (labour federation, women''s union, farmers'' union, youth union, veterans'' association) (full-time)'),
  ('16', '1', 2, 'Nhà quản lý của tổ chức nghiệp chủ, nhân đạo và vì quyền lợi đặc thù khác (chuyên trách)', 'Managers of employers'', humanitarian and other special-interest organisations (full-time)'),
  ('17', '1', 2, 'Nhà quản lý của các cơ quan tập đoàn, tổng công ty và tương đương (chuyên trách)', 'Managers of economic groups, corporations and equivalent enterprises (full-time)'),
  -- 2 Professionals
  ('21', '2', 2, 'Nhà chuyên môn trong lĩnh vực khoa học và kỹ thuật', 'Science and engineering professionals'),
  ('22', '2', 2, 'Nhà chuyên môn về sức khỏe', 'Health professionals'),
  ('23', '2', 2, 'Nhà chuyên môn về giảng dạy', 'Teaching professionals'),
  ('24', '2', 2, 'Nhà chuyên môn về kinh doanh và quản lý', 'Business and administration professionals'),
  ('25', '2', 2, 'Nhà chuyên môn trong lĩnh vực công nghệ thông tin và truyền thông', 'Information and communications technology professionals'),
  ('26', '2', 2, 'Nhà chuyên môn về luật pháp, văn hóa, xã hội', 'Legal, social and cultural professionals'),
  -- 3 Technicians and associate professionals
  ('31', '3', 2, 'Kỹ thuật viên khoa học và kỹ thuật', 'Science and engineering associate professionals'),
  ('32', '3', 2, 'Kỹ thuật viên sức khỏe', 'Health associate professionals'),
  ('33', '3', 2, 'Nhân viên về kinh doanh và quản lý', 'Business and administration associate professionals'),
  ('34', '3', 2, 'Nhân viên luật pháp, văn hóa, xã hội', 'Legal, social, cultural and related associate professionals'),
  ('35', '3', 2, 'Kỹ thuật viên thông tin và truyền thông', 'Information and communications technicians'),
  ('36', '3', 2, 'Giáo viên bậc trung', 'Associate-professional teachers'),
  -- 4 Clerical support workers
  ('41', '4', 2, 'Nhân viên tổng hợp và nhân viên làm các công việc bàn giấy', 'General and keyboard clerks'),
  ('42', '4', 2, 'Nhân viên dịch vụ khách hàng', 'Customer services clerks'),
  ('43', '4', 2, 'Nhân viên ghi chép số liệu và vật liệu', 'Numerical and material recording clerks'),
  ('44', '4', 2, 'Nhân viên hỗ trợ văn phòng khác', 'Other clerical support workers'),
  -- 5 Service and sales workers
  ('51', '5', 2, 'Nhân viên dịch vụ cá nhân', 'Personal service workers'),
  ('52', '5', 2, 'Nhân viên bán hàng', 'Sales workers'),
  ('53', '5', 2, 'Nhân viên chăm sóc cá nhân', 'Personal care workers'),
  ('54', '5', 2, 'Nhân viên dịch vụ bảo vệ', 'Protective services workers'),
  -- 6 Skilled agricultural, forestry and fishery workers
  ('61', '6', 2, 'Lao động có kỹ năng trong nông nghiệp có sản phẩm chủ yếu để bán', 'Market-oriented skilled agricultural workers'),
  ('62', '6', 2, 'Lao động có kỹ năng trong lâm nghiệp, thủy sản và săn bắn có sản phẩm chủ yếu để bán', 'Market-oriented skilled forestry, fishery and hunting workers'),
  ('63', '6', 2, 'Lao động tự cung tự cấp trong nông nghiệp, lâm nghiệp và thủy sản', 'Subsistence farmers, fishers, hunters and gatherers'),
  -- 7 Craft and related trades workers
  ('71', '7', 2, 'Lao động xây dựng và lao động có liên quan đến nghề xây dựng (trừ thợ điện)', 'Building and related trades workers, excluding electricians'),
  ('72', '7', 2, 'Thợ luyện kim, cơ khí và thợ có liên quan', 'Metal, machinery and related trades workers'),
  ('73', '7', 2, 'Thợ thủ công và thợ liên quan đến in', 'Handicraft and printing workers'),
  ('74', '7', 2, 'Thợ điện và thợ điện tử', 'Electrical and electronic trades workers'),
  ('75', '7', 2, 'Thợ chế biến thực phẩm, gia công gỗ, may mặc, đồ thủ công và thợ có liên quan khác', 'Food processing, woodworking, garment and other craft and related trades workers'),
  -- 8 Plant and machine operators and assemblers
  ('81', '8', 2, 'Thợ vận hành máy móc và thiết bị', 'Stationary plant and machine operators'),
  ('82', '8', 2, 'Thợ lắp ráp', 'Assemblers'),
  ('83', '8', 2, 'Lái xe và thợ vận hành thiết bị chuyển động', 'Drivers and mobile plant operators'),
  -- 9 Elementary occupations
  ('91', '9', 2, 'Người quét dọn và giúp việc', 'Cleaners and helpers'),
  ('92', '9', 2, 'Lao động giản đơn trong nông nghiệp, lâm nghiệp và thủy sản', 'Agricultural, forestry and fishery labourers'),
  ('93', '9', 2, 'Lao động giản đơn trong khai khoáng, xây dựng, công nghiệp chế biến, chế tạo và giao thông vận tải', 'Labourers in mining, construction, manufacturing and transport'),
  ('94', '9', 2, 'Người phụ giúp chuẩn bị thực phẩm', 'Food preparation assistants'),
  ('95', '9', 2, 'Lao động trên đường phố và lao động có liên quan đến bán hàng', 'Street and related sales and service workers'),
  ('96', '9', 2, 'Người thu dọn vật thải và lao động giản đơn khác', 'Refuse workers and other elementary workers');

-- ---------------------------------------------------------------------------
-- Vietnamese standard industrial classification VSIC 2018 (Decision 27/2018/QĐ-TTg): the 21 sections A-U.
-- ---------------------------------------------------------------------------
insert into sector (code, name_vi, name_en) values
  ('A', 'Nông nghiệp, lâm nghiệp và thủy sản', 'Agriculture, forestry and fishing'),
  ('B', 'Khai khoáng', 'Mining and quarrying'),
  ('C', 'Công nghiệp chế biến, chế tạo', 'Manufacturing'),
  ('D', 'Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí', 'Electricity, gas, steam and air conditioning supply'),
  ('E', 'Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải', 'Water supply; sewerage, waste management and remediation activities'),
  ('F', 'Xây dựng', 'Construction'),
  ('G', 'Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác', 'Wholesale and retail trade; repair of motor vehicles and motorcycles'),
  ('H', 'Vận tải kho bãi', 'Transportation and storage'),
  ('I', 'Dịch vụ lưu trú và ăn uống', 'Accommodation and food service activities'),
  ('J', 'Thông tin và truyền thông', 'Information and communication'),
  ('K', 'Hoạt động tài chính, ngân hàng và bảo hiểm', 'Financial, banking and insurance activities'),
  ('L', 'Hoạt động kinh doanh bất động sản', 'Real estate activities'),
  ('M', 'Hoạt động chuyên môn, khoa học và công nghệ', 'Professional, scientific and technical activities'),
  ('N', 'Hoạt động hành chính và dịch vụ hỗ trợ', 'Administrative and support service activities'),
  ('O', 'Hoạt động của Đảng Cộng sản, tổ chức chính trị - xã hội, quản lý Nhà nước, an ninh quốc phòng; bảo đảm xã hội bắt buộc', 'Activities of the Communist Party, socio-political organisations, public administration and defence; compulsory social security'),
  ('P', 'Giáo dục và đào tạo', 'Education and training'),
  ('Q', 'Y tế và hoạt động trợ giúp xã hội', 'Human health and social work activities'),
  ('R', 'Nghệ thuật, vui chơi và giải trí', 'Arts, entertainment and recreation'),
  ('S', 'Hoạt động dịch vụ khác', 'Other service activities'),
  ('T', 'Hoạt động làm thuê các công việc trong các hộ gia đình, sản xuất sản phẩm vật chất và dịch vụ tự tiêu dùng của hộ gia đình', 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use'),
  ('U', 'Hoạt động của các tổ chức và cơ quan quốc tế', 'Activities of extraterritorial organisations and bodies');
